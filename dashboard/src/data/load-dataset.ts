import { data, run } from 'virtual:cpr-data';
import { decodeDashboardData } from '../../../pipeline/publish/dashboard-data-format';
import { createDataset, type Dataset } from '../model/dataset';

export function loadDataset(): Dataset {
  return createDataset(decodeDashboardData(data), run);
}
