// Golden text dumps of the version-2 fixture's internal report (Île-de-France, 2023): the deck slide
// by slide and the workbook sheet by sheet, committed in test/golden/, so that a change to what the
// files show appears in the diff of the commit that makes it.
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { ReportResult } from '../../reports';
import { expectGolden } from './helpers/golden';
import { deckDump, workbookDump } from './helpers/golden-dump';
import { type PipelineRun, runFixturePipeline } from './helpers/pipeline-run';
import { reportFrom } from './helpers/report-run';

let run: PipelineRun;
let report: ReportResult;

beforeAll(async () => {
  run = await runFixturePipeline('idf-2023-v2');
  report = await reportFrom(run, 'report', { region: '11', year: 2023 });
});
afterAll(() => run.cleanup());

describe('golden dumps of the report of the v2 fixture (region 11, 2023)', () => {
  it('the deck: each slide’s texts, tables and charts as in test/golden/deck-idf-2023-v2.txt', async () => {
    await expectGolden('deck-idf-2023-v2', await deckDump(report.deck));
  });

  it('the workbook: each sheet’s formats and cells as in test/golden/workbook-idf-2023-v2.txt', async () => {
    await expectGolden('workbook-idf-2023-v2', await workbookDump(report.workbook));
  });
});
