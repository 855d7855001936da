// Finds each table's slides by its name in tables/ (no list to keep): a table without its module,
// or a module named after no table, stops the deck.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isTableName, TABLE_NAMES, type TableName } from '../../core';
import type { TableSlides } from './table-slides';

export type SlidesByTable = ReadonlyMap<TableName, TableSlides>;

const DIR = fileURLToPath(new URL('./tables/', import.meta.url));

let loaded: Promise<SlidesByTable> | undefined;

async function load(): Promise<SlidesByTable> {
  const files = (await readdir(DIR)).filter((file) => /\.[cm]?[jt]s$/.test(file));
  const slides = new Map<TableName, TableSlides>();
  for (const file of files) {
    const name = file.replace(/\.[cm]?[jt]s$/, '');
    if (!isTableName(name)) throw new Error(`reports/deck/tables/${file} : aucun tableau publié de ce nom`);
    const module = (await import(pathToFileURL(path.join(DIR, file)).href)) as { default?: TableSlides };
    if (!module.default) throw new Error(`reports/deck/tables/${file} : pas de diapositives exportées (export default)`);
    slides.set(name, module.default);
  }
  const missing = TABLE_NAMES.filter((name) => !slides.has(name));
  if (missing.length > 0) throw new Error(`diapositives manquantes pour : ${missing.join(', ')} (reports/deck/tables/<tableau>.ts)`);
  return slides;
}

/** Every table's slides, loaded once. */
export function loadTableSlides(): Promise<SlidesByTable> {
  // A failed load is not kept: the next report tries again.
  loaded ??= load().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}
