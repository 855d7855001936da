// The commission deck, in the order of the commission (domain.md, and the June 2024 deck for the
// contract-version-2 slides): the title, the « Faits marquants », then MSP (contracts, patientèle,
// remuneration, groups, indicators, professionals), CPTS, health centres (staff, patientèle, groups,
// remuneration, indicators), screening; the territorial programmes where that deck shows them
// (deck/programmes.ts). Each table slide opens with its headline (reports/story).
import PptxGenJS from 'pptxgenjs';
import { diffusionLabel } from '../diffusion';
import type { DepartmentMap } from '../map';
import type { ReportTables } from '../report-table';
import type { ReportScope } from '../scope';
import type { RunInfo } from '../source';
import type { ControlRow } from '../../pipeline/schema';
import type { DeckTable } from './deck-table';
import { addCdsEffectifsChartSlide } from './slides/cds-effectifs-chart';
import { addIndicatorSlides } from './slides/indicator-slides';
import { addProgrammeSlides, type ProgrammeMaps } from './slides/programme-slides';
import { addControlsAnnex } from './slides/controls-annex';
import { addAdhesionsChartSlide, addCptsChartSlide, addDepistageChartSlide } from './slides/chart-slides';
import type { SlideContext } from './slides/context';
import { addMapSlide } from './slides/map-slide';
import { addTableSlides } from './slides/table-slides';
import { addTitleSlide } from './slides/title-slide';
import { addHighlightsSlide } from './slides/highlights-slide';
import { reportStory } from '../story-context';
import { headlineTemplate, highlights } from '../story';
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
  /** The run's cross-checks (controles.csv): its `erreur` lines close the deck in an annex. */
  readonly controls?: readonly ControlRow[];
}

const TABLE_BUILDERS = [
  adhesionsGrid, mspStatus, patienteleTable, remunerationsTable, remunerationGroupsTable('MSP'), professionnelsTable,
  cptsByRegion, cptsByDepartment, cdsTable, cdsEffectifsTable, cdsPatienteleTable, remunerationGroupsTable('CDS'),
  cdsRemunerationsTable, depistageTables,
];

export function buildDeck(input: DeckInput): PptxGenJS {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'cpr-soins-coordonnes';
  pptx.company = 'Assurance Maladie';
  pptx.title = `Commission paritaire régionale – ${input.scope.regionName} ${input.scope.year}${input.secret ? ` – ${diffusionLabel(input.secret)}` : ''}`;
  pptx.subject = 'Exercice coordonné';
  const context: SlideContext = { pptx, tables: input.tables, run: input.run, scope: input.scope };
  const story = reportStory(input.tables, input.scope);
  const tables = (build: (tables: ReportTables, scope: ReportScope) => DeckTable[]) => {
    for (const table of build(input.tables, input.scope)) {
      const headline = headlineTemplate(table.table)?.sentences(story, table.part) ?? [];
      addTableSlides(context, headline.length > 0 ? { ...table, headline } : table, input.rowsPerSlide);
    }
  };

  const programmes = (place: Parameters<typeof addProgrammeSlides>[1]) => addProgrammeSlides(context, place, input.programmeMaps);

  addTitleSlide(context, input.secret);
  // The « Faits marquants » come from the tables the deck shows, whatever else the run published.
  const shown = new Set(TABLE_BUILDERS.flatMap((build) => build(input.tables, input.scope)).map((table) => table.table));
  addHighlightsSlide(context, highlights(story, undefined, shown), input.secret);
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
  addControlsAnnex(context, input.controls ?? [], input.secret);
  return pptx;
}

export async function deckBytes(pptx: PptxGenJS): Promise<Uint8Array> {
  // stream() is the one export that honours compression in Node (write() with an outputType stores).
  const buffer = (await pptx.stream({ compression: true })) as Uint8Array;
  return new Uint8Array(buffer);
}
