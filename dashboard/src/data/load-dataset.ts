// The page's data: what the first view needs at once (`virtual:cpr-data`), each table a chunk of
// its own loaded when a section opens (`virtual:cpr-data/donnees-<table>`, vite.config.ts).
import { run, secrecy, summary, tables } from 'virtual:cpr-data';
import { loaders } from 'virtual:cpr-structures';
import type { TableName } from '../../../core';
import { SECTIONS, section } from '../model/sections';
import { PARAMS } from '../state/view-state';
import { createLazyDataset, type LoadingDataset } from './lazy-dataset';

export function loadDataset(): LoadingDataset {
  return createLazyDataset({ run, secrecy, summary, loaders: tables, structureTables: Object.keys(loaders) });
}

/** The section a URL opens (normaliseState's rule): the only table its first view loads. */
export function sectionOfUrl(search: string): TableName {
  return (section(new URLSearchParams(search).get(PARAMS.section) ?? '') ?? SECTIONS[0]!).id;
}
