// The heart-failure pathway of the coordinated structures (the June 2024 deck: « Sur 89 CPTS
// implantées avec un ACI signé, 15 ont un programme parcours de soins IC … 22 MSP … 60 CDS »):
// the CPTS (signed ACI from the CPTS coverage, their pathway from the territorial indicator
// `cpts_parcours_ic`), the MSP and the centres (the remuneration's « Parcours IC » indicator
// reached) side by side: a figure each, then their table. No slide when none of the three has data.
import { isAreaRow, type Row } from '../../../core';
import { referenceDate, sourceLine } from '../../provenance';
import { figure, MISSING_TEXT } from '../cells';
import type { DeckTable } from '../deck-table';
import { COLORS, CONTENT, FONT } from '../design';
import { CPTS_PARCOURS_IC, periodLabel, periodsReference } from '../programmes';
import { regionTotal } from '../select';
import type { DeckContext } from './context';
import { addFramedSlide } from './frame';
import { periodsOf, programmeData, programmeHeadline } from './programme-data';
import { addHeadline, addTable, headlineHeight } from './table-slides';

const SECTION = 'Parcours de soins';
const CARD_HEIGHT = 1.25;
const CARD_GAP = 0.3;

/** The region's row of the « Parcours IC » indicator of MSP or CDS, of the latest year up to the report's. */
function pathwayRow(context: DeckContext, type: 'MSP' | 'CDS'): Row | undefined {
  const rows = context.tables.indicateurs.rows.filter(
    (row) =>
      isAreaRow(context.scope.region, row) &&
      row.type_structure === type &&
      String(row.indicateur).endsWith('parcours_ic') &&
      typeof row.annee === 'number' &&
      row.annee <= context.scope.year,
  );
  const year = Math.max(...rows.map((row) => row.annee as number));
  const ofYear = rows.filter((row) => row.annee === year);
  // The CDS' pathway is an indicator of the polyvalent and medical centres: all centres, or their group.
  return ofYear.find((row) => row.categorie === 'ensemble') ?? ofYear.find((row) => row.categorie === 'polyvalent_medical');
}

export function addParcoursIcSlide(context: DeckContext): boolean {
  const { tables, scope } = context;
  const territorial = tables.indicateurs_territoriaux;
  const pathway = programmeData(context, CPTS_PARCOURS_IC);
  const cpts = pathway.modalities.filter(pathway.isArea);
  const period = periodsOf(cpts).at(-1);
  const cptsAt = (modalite: string) => cpts.find((row) => row.periode === period && row.modalite === modalite);
  const msp = pathwayRow(context, 'MSP');
  const cds = pathwayRow(context, 'CDS');
  if (cpts.length === 0 && !msp && !cds) return false;

  const signed = regionTotal(tables.cpts_couverture, scope);
  const indicators = tables.indicateurs;
  const years = [msp, cds].flatMap((row) => (row ? [String(row.annee)] : []));
  const year = years[0] ?? String(scope.year);
  const footnote = [
    'Définitions : CPTS signataires de l’ACI à la date de situation ; CPTS et parcours IC : indicateur territorial de la source ; ' +
      `MSP et centres de santé : structures dont la rémunération ${year} a été calculée, l’indicateur « Parcours IC » atteint.`,
    ...(cpts.length > 0 ? [sourceLine('indicateurs_territoriaux', context.run, scope, periodsReference([period!]))] : []),
    ...(signed ? [sourceLine('cpts_couverture', context.run, scope)] : []),
    ...(msp || cds ? [sourceLine('indicateurs', context.run, scope, `date de référence 31/12/${year}.`)] : []),
    indicators.secrecy,
  ];
  const slide = addFramedSlide(context.pptx, { section: SECTION, title: 'Parcours insuffisance cardiaque : CPTS, MSP et centres de santé', footnote });
  const headline = programmeHeadline(context, 'parcours_ic');
  const height = headlineHeight(headline);
  if (height > 0) addHeadline(slide, headline, height);
  let top = CONTENT.y + height;

  const cell = (row: Row | undefined, column: string, table = territorial) => (row ? figure(table, row, column) : MISSING_TEXT);
  const cards = [
    ...(cpts.length > 0
      ? [{ figure: cell(cptsAt('programme'), 'valeur'), text: `CPTS ayant un programme parcours de soins IC (${periodLabel(period!)})` }]
      : []),
    ...(msp ? [{ figure: cell(msp, 'nb_atteint', indicators), text: `MSP ayant atteint l’indicateur « Parcours IC » en ${msp.annee}` }] : []),
    ...(cds ? [{ figure: cell(cds, 'nb_atteint', indicators), text: `centres de santé ayant atteint l’indicateur « Parcours IC » en ${cds.annee}` }] : []),
  ];
  const cardWidth = (CONTENT.w - CARD_GAP * (cards.length - 1)) / cards.length;
  cards.forEach((card, index) => {
    const x = CONTENT.x + index * (cardWidth + CARD_GAP);
    slide.addShape(context.pptx.ShapeType.rect, {
      x,
      y: top,
      w: cardWidth,
      h: CARD_HEIGHT,
      fill: { color: COLORS.zebra },
      line: { color: COLORS.rule, width: 0.75 },
    });
    slide.addText(card.figure, {
      x,
      y: top + 0.1,
      w: cardWidth,
      h: 0.6,
      align: 'center',
      fontFace: FONT,
      fontSize: 28,
      bold: true,
      color: COLORS.navy,
      margin: 0,
      lang: 'fr-FR',
    });
    slide.addText(card.text, {
      x: x + 0.15,
      y: top + 0.7,
      w: cardWidth - 0.3,
      h: CARD_HEIGHT - 0.8,
      align: 'center',
      valign: 'top',
      fontFace: FONT,
      fontSize: 11,
      color: COLORS.text,
      margin: 0,
      lang: 'fr-FR',
    });
  });
  top += CARD_HEIGHT + 0.3;

  const deckTable: DeckTable = {
    table: 'indicateurs',
    section: SECTION,
    title: 'Parcours insuffisance cardiaque',
    header: [
      'Structures',
      'Structures de référence',
      'Nombre',
      'Programme parcours IC',
      'Part',
      'Parcours IC intégré au projet de santé',
      'Accompagnées sur le parcours IC',
    ],
    widths: [1.5, 3.3, 1, 1.4, 0.9, 1.9, 1.9],
    rows: [
      ...(cpts.length > 0 || signed
        ? [
            {
              cells: [
                'CPTS',
                `Signataires de l’ACI au ${referenceDate(scope, 'cpts_couverture')}`,
                cell(signed, 'nb_signataires', tables.cpts_couverture),
                cell(cptsAt('programme'), 'valeur'),
                MISSING_TEXT,
                cell(cptsAt('projet_sante'), 'valeur'),
                cell(cptsAt('accompagnement'), 'valeur'),
              ],
              total: false,
            },
          ]
        : []),
      ...[msp, cds].flatMap((row) =>
        row
          ? [
              {
                cells: [
                  row.type_structure === 'MSP' ? 'MSP' : 'Centres de santé',
                  `Rémunération ${row.annee} calculée`,
                  cell(row, 'nb_structures', indicators),
                  cell(row, 'nb_atteint', indicators),
                  cell(row, 'pct_atteint', indicators),
                  MISSING_TEXT,
                  MISSING_TEXT,
                ],
                total: false,
              },
            ]
          : [],
      ),
    ],
  };
  addTable(
    slide,
    deckTable,
    deckTable.rows,
    { x: CONTENT.x, y: top, w: CONTENT.w },
    { rowHeight: Math.min(0.3, (CONTENT.bottom - top - 0.55) / 3), align: ['left', 'left', 'right', 'right', 'right', 'right', 'right'] },
  );
  return true;
}
