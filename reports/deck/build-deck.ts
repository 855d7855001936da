// The commission deck, in the order of the commission (domain.md, and the June 2024 deck for the
// contract-version-2 slides): MSP (contracts, patientèle, remuneration, groups, indicators,
// professionals), CPTS, health centres (staff, patientèle, groups, remuneration, indicators),
// screening; the territorial programmes where that deck shows them (deck/programmes.ts).
import PptxGenJS from 'pptxgenjs';
import { diffusionLabel } from '../diffusion';
import type { DepartmentMap } from '../map';
import type { ReportTables } from '../report-table';
import type { ReportScope } from '../scope';
import type { RunInfo } from '../source';
import type { DeckTable } from './deck-table';
import { addCdsEffectifsChartSlide } from './slides/cds-effectifs-chart';
import { addIndicatorSlides } from './slides/indicator-slides';
import { addProgrammeSlides, type ProgrammeMaps } from './slides/programme-slides';
import { addAdhesionsChartSlide, addCptsChartSlide, addDepistageChartSlide } from './slides/chart-slides';
import type { SlideContext } from './slides/context';
import { addMapSlide } from './slides/map-slide';
import { addTableSlides } from './slides/table-slides';
import { addTitleSlide } from './slides/title-slide';
import { adhesionsGrid, mspStatus } from './tables/adhesions';
import { patienteleTable, professionnelsTable, remunerationsTable } from './tables/msp-figures';
import { cdsEffectifsTable, cdsPatienteleTable, cdsRemunerationsTable } from './tables/cds-block';
import { remunerationGroupsTable } from './tables/remuneration-groups';
import { cdsTable, cptsByDepartment, cptsByRegion, depistageTables } from './tables/territories';

export interface DeckInput {
  readonly tables: ReportTables;
  readonly run: RunInfo;
  readonly scope: ReportScope;
  /** The `--secret` threshold, stated on the title slide. */
  readonly secret?: number;
  /** The department map; without it the deck has no map slide. */
  readonly map?: DepartmentMap;
  /** Maps of the territorial indicators by code; an indicator without one gets its table alone. */
  readonly programmeMaps?: ProgrammeMaps;
  /** Body rows per slide before a table is split; default: as many as fit. */
  readonly rowsPerSlide?: number;
}

export function buildDeck(input: DeckInput): PptxGenJS {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'cpr-soins-coordonnes';
  pptx.company = 'Assurance Maladie';
  pptx.title = `Commission paritaire régionale – ${input.scope.regionName} ${input.scope.year}${input.secret ? ` – ${diffusionLabel(input.secret)}` : ''}`;
  pptx.subject = 'Exercice coordonné';
  const context: SlideContext = { pptx, tables: input.tables, run: input.run, scope: input.scope };
  const tables = (build: (tables: ReportTables, scope: ReportScope) => DeckTable[]) => {
    for (const table of build(input.tables, input.scope)) addTableSlides(context, table, input.rowsPerSlide);
  };

  const programmes = (place: Parameters<typeof addProgrammeSlides>[1]) => addProgrammeSlides(context, place, input.programmeMaps);

  addTitleSlide(context, input.secret);
  programmes('ouverture');
  tables(adhesionsGrid);
  tables(mspStatus);
  addAdhesionsChartSlide(context);
  tables(patienteleTable);
  tables(remunerationsTable);
  tables(remunerationGroupsTable('MSP'));
  addIndicatorSlides(context, 'MSP');
  tables(professionnelsTable);
  tables(cptsByRegion);
  tables(cptsByDepartment);
  addCptsChartSlide(context);
  if (input.map) addMapSlide(context, input.map);
  programmes('apres-cpts');
  tables(cdsTable);
  tables(cdsEffectifsTable);
  addCdsEffectifsChartSlide(context);
  tables(cdsPatienteleTable);
  tables(remunerationGroupsTable('CDS'));
  tables(cdsRemunerationsTable);
  addIndicatorSlides(context, 'CDS');
  programmes('avant-depistage');
  tables(depistageTables);
  addDepistageChartSlide(context);
  programmes('apres-depistage');
  programmes('fin');
  return pptx;
}

export async function deckBytes(pptx: PptxGenJS): Promise<Uint8Array> {
  // stream() is the one export that honours compression in Node (write() with an outputType stores).
  const buffer = (await pptx.stream({ compression: true })) as Uint8Array;
  return new Uint8Array(buffer);
}
