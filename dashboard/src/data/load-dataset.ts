import { data, run, secrecy } from 'virtual:cpr-data';
import { loaders } from 'virtual:cpr-structures';
import { decodeDashboardData } from '../../../core';
import { createDataset, type Dataset } from '../model/dataset';

export function loadDataset(): Dataset {
  return createDataset(decodeDashboardData(data), run, secrecy, Object.keys(loaders));
}
