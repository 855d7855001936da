import type { TableLine, TableModel } from '../table/table-model';
import { saveFile } from './save-file';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function downloadXlsx(model: TableModel, lines: readonly TableLine[]): Promise<void> {
  const { tableWorkbook } = await import('./table-workbook');
  saveFile(`${model.fileName}.xlsx`, await tableWorkbook(model, lines), XLSX_TYPE);
}
