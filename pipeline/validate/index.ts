export { checkDataset, checkSql, REJECTS_TABLE_SQL } from './check-dataset';
