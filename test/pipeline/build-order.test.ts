import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, type TableName } from '../../core';
import { buildSql as sqlOf } from '../../pipeline/model';
import { tablesRead } from '../../pipeline/model/build-order';

describe('the order the tables are built in, on two connections', () => {
  it('finds the tables a table’s SQL reads, and only those', async () => {
    // msp_profil's detail reads the remunerations' detail: built in turns, it must wait for it.
    expect(tablesRead('msp_profil', await sqlOf('msp_profil'))).toEqual(['remunerations']);
    expect(tablesRead('remunerations', await sqlOf('remunerations'))).toEqual([]);
    const sql =
      'SELECT * FROM detail.cds JOIN publication."indicateurs" USING (code) JOIN "DETAIL" . Patientele USING (code) JOIN detail.cds_effectifs USING (code)';
    expect(tablesRead('cds', sql)).toEqual(['patientele', 'cds_effectifs', 'indicateurs']);
  });

  it('reads no table that reads it back', async () => {
    const reads = new Map<TableName, TableName[]>();
    for (const name of TABLE_NAMES) reads.set(name, tablesRead(name, await sqlOf(name)));
    for (const [name, read] of reads) for (const other of read) expect(reads.get(other), `${name} ↔ ${other}`).not.toContain(name);
  });
});
