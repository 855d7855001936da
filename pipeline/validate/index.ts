export { checkDataset, checkSql, REJECTS_TABLE_SQL } from './check-dataset';
export { REF_PLACEHOLDER } from './column-checks';
export { validationParametersSql } from './parameters';
export { checkUsable } from './usable';
