// One-off programmes by period (the June 2024 deck: « en avril 2024, le nombre d’adhésions Prado
// pour le volet IC est de 1 329 adhésions contre 1183 en 2023 sur la même période, soit une hausse
// de 12 % »): the latest period of each indicator's total, against the same period a year before
// (never against the period just before: a « janvier à avril » count is cumulative). A slide of one
// programme (`part` = its code) adds its breakdowns (« Médecins généralistes RDV 51 exécutants,
// 208 bénéficiaires ») and its departments' range; `parcours_ic` is the heart-failure slide.
import { formatCount, formatInteger, formatPeriod, formatValue } from '../../format';
import { areaName, isAreaRow, isPartRow, partLevel } from '../../geography';
import type { Row } from '../../published/published-tables';
import type { Unit } from '../../schema/columns';
import { partWords, regionFigure, type StoryContext } from '../../story/context';
import { evolution, evolutionSize, formatEvolution } from '../../story/evolution';
import { agree, type Fact, type HeadlineTemplate, lowerFirst, written } from '../../story/headline';
import { extremes, tiedText } from '../../story/ties';

const UNITS: Record<string, Unit> = { nombre: 'count', pourcentage: 'percent', euros: 'euro' };

/** `2024-04` as « avril 2024 », `2024-T1` as « T1 2024 », `2024` as itself. */
export const periodText = formatPeriod;

/** « au T1 2024 » for a quarter, « en avril 2024 », « en 2024 » otherwise. */
const inPeriod = (period: string) => `${/-T[1-4]$/.test(period) ? 'au' : 'en'} ${formatPeriod(period)}`;

const yearBefore = (period: string) => `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;

/** The indicator's own figure, not one of its breakdown's modalities (contract version 3). */
const isTotalRow = (row: Row) => !row.dimension && !row.modalite;

/** The suffix of an indicator counting the professionals behind another one's figures (Mon bilan prévention). */
const EXECUTANTS_SUFFIX = '_executants';
/** The heart-failure pathway of the CPTS: shown with the MSP's and CDS' on the `parcours_ic` slide. */
const CPTS_PARCOURS_IC = 'cpts_parcours_ic';

const unitOfRow = (row: Row): Unit => UNITS[String(row.unite)] ?? 'count';

function ownRows(context: StoryContext, code: string): Row[] {
  return (context.tables.indicateurs_territoriaux?.rows ?? []).filter((row) => isAreaRow(context.region, row) && row.indicateur === code);
}

const byPeriod = (a: Row, b: Row) => String(a.periode).localeCompare(String(b.periode));

/** The label of an indicator: its last non-empty `libelle`, else its code. */
function labelOf(context: StoryContext, code: string): string {
  const rows = (context.tables.indicateurs_territoriaux?.rows ?? []).filter((row) => row.indicateur === code);
  const named = [...rows].reverse().find((row) => typeof row.libelle === 'string' && row.libelle !== '');
  return named ? String(named.libelle) : code;
}

interface Latest {
  readonly row: Row;
  readonly unit: Unit;
  readonly now: number;
  readonly before: number | null;
}

function latestOf(context: StoryContext, code: string): Latest | null {
  const table = context.tables.indicateurs_territoriaux;
  if (!table) return null;
  const rows = ownRows(context, code).filter(isTotalRow).sort(byPeriod);
  const row = rows.at(-1);
  if (!row) return null;
  const now = table.value(row, 'valeur');
  if (now === null) return null;
  const earlier = rows.find((other) => other.periode === yearBefore(String(row.periode)));
  return { row, unit: unitOfRow(row), now, before: earlier ? table.value(earlier, 'valeur') : null };
}

function latest(context: StoryContext): Latest[] {
  const table = context.tables.indicateurs_territoriaux;
  if (!table) return [];
  const codes = [...new Set(table.rows.filter((row) => isAreaRow(context.region, row) && isTotalRow(row)).map((row) => String(row.indicateur)))];
  return codes.flatMap((code) => latestOf(context, code) ?? []);
}

function sentence(item: Latest): string {
  const change = evolution(item.unit, item.before, item.now);
  const period = String(item.row.periode);
  const start = `${String(item.row.libelle)} : ${formatValue(item.now, item.unit)} ${inPeriod(period)}`;
  return change && item.before !== null
    ? `${start}, contre ${formatValue(item.before, item.unit)} ${inPeriod(yearBefore(period))} (${formatEvolution(change)}).`
    : `${start}.`;
}

/**
 * The year's total when the indicator's latest figure is of a month or a quarter of that year
 * (Mon bilan prévention: beneficiaries by month, and for the year so far).
 */
function yearSentence(context: StoryContext, code: string, latestPeriod: string): string | null {
  const table = context.tables.indicateurs_territoriaux;
  const year = latestPeriod.slice(0, 4);
  if (!table || latestPeriod === year) return null;
  const row = ownRows(context, code).find((candidate) => isTotalRow(candidate) && candidate.periode === year);
  const value = row ? table.value(row, 'valeur') : null;
  if (!row || value === null) return null;
  return `${labelOf(context, code)} : ${formatValue(value, unitOfRow(row))} en ${year}.`;
}

const DIMENSION_WORDS: Readonly<Record<string, string>> = {
  profession: 'Par profession',
  acteur: 'Par acteur',
  mode: 'Par mode de dépistage',
  service: 'Par service',
  situation: 'Par situation',
};

/** `bénéficiaires` from « Bénéficiaires d’un bilan prévention »: the noun a count of the indicator is of. */
function nounOf(label: string, count: number): string {
  const word = lowerFirst(label.split(/\s/)[0] ?? '');
  return Math.abs(count) >= 2 || !word.endsWith('s') ? word : word.slice(0, -1);
}

const modalityLabel = (row: Row) => lowerFirst(String(row.libelle_modalite ?? row.modalite));

/**
 * For each breakdown of the indicator in the region, at its latest period: every modality's figure,
 * with its `…_executants` companion's beside it (« médecins généralistes (RDV) : 51 exécutants,
 * 208 bénéficiaires »). One masked figure drops the sentence.
 */
function breakdownSentences(context: StoryContext, code: string): (string | null)[] {
  const table = context.tables.indicateurs_territoriaux;
  if (!table) return [];
  const modalities = ownRows(context, code).filter((row) => !isTotalRow(row));
  const dimensions = [...new Set(modalities.map((row) => String(row.dimension)))];
  const companions = ownRows(context, `${code}${EXECUTANTS_SUFFIX}`);
  return dimensions.map((dimension) => {
    const rows = modalities.filter((row) => row.dimension === dimension);
    const period = String(
      rows
        .map((row) => String(row.periode))
        .sort()
        .at(-1),
    );
    const shown = rows.filter((row) => row.periode === period);
    const label = labelOf(context, code);
    const parts: string[] = [];
    let paired = false;
    for (const row of shown) {
      const value = table.value(row, 'valeur');
      if (value === null) return null;
      const companion = companions.find((other) => other.dimension === dimension && other.modalite === row.modalite && other.periode === period);
      const executants = companion ? table.value(companion, 'valeur') : null;
      if (companion && executants === null) return null;
      if (companion) paired = true;
      const figure = formatValue(value, unitOfRow(row));
      parts.push(
        companion
          ? `${modalityLabel(row)} ${formatCount(executants!, 'exécutant', 'exécutants')} et ${figure} ${nounOf(label, value)}`
          : `${modalityLabel(row)} ${figure}`,
      );
    }
    if (parts.length === 0) return null;
    // With the companions each item holds its own « et »: items are then separated by semicolons.
    const list = parts.length === 1 ? parts[0]! : paired ? parts.join(' ; ') : `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}`;
    const intro = DIMENSION_WORDS[dimension] ?? `Par ${dimension}`;
    return `${intro} ${inPeriod(period)} : ${list}.`;
  });
}

/**
 * The departments' range at the latest period the departments have (« de 91 121 (Val-d’Oise) à
 * 237 471 (Hauts-de-Seine) »): of the total, or of each modality when the region has no figure.
 */
function departmentSentences(context: StoryContext, code: string): (string | null)[] {
  const table = context.tables.indicateurs_territoriaux;
  if (!table) return [];
  const rows = table.rows.filter((row) => isPartRow(context.region, row) && row.indicateur === code);
  const range = (where: (row: Row) => boolean, label: string): string | null => {
    const shown = rows.filter(where);
    const period = shown
      .map((row) => String(row.periode))
      .sort()
      .at(-1);
    if (!period) return null;
    const atPeriod = shown.filter((row) => row.periode === period);
    if (atPeriod.length < 2) return null;
    const values = atPeriod.map((row) => ({ name: areaName(partLevel(context.region), String(row.code)), value: table.value(row, 'valeur') }));
    if (values.some((item) => item.value === null)) return null;
    const unit = unitOfRow(atPeriod[0]!);
    const ends = extremes(
      values.map((item) => ({ name: item.name, value: item.value! })),
      (value) => formatValue(value, unit),
    );
    if (!ends || ends.low.text === ends.high.text) return null;
    return `${label} ${inPeriod(period)}, par ${partWords(context).singular} : de ${tiedText(ends.low)} à ${tiedText(ends.high)}.`;
  };
  const regionHasModalities = ownRows(context, code).some((row) => !isTotalRow(row));
  const modalities = regionHasModalities
    ? []
    : [...new Map(rows.filter((row) => !isTotalRow(row)).map((row) => [`${row.dimension}|${row.modalite}`, row])).values()];
  return [
    range(isTotalRow, labelOf(context, code)),
    ...modalities.map((modality) =>
      range((row) => row.dimension === modality.dimension && row.modalite === modality.modalite, String(modality.libelle_modalite ?? modality.modalite)),
    ),
  ];
}

// The heart-failure pathway (the June 2024 deck: « Sur 89 CPTS implantées avec un ACI signé, 15 ont
// un programme parcours de soins IC et 3 l’ont intégré à leur projet de santé … 17 CPTS sont
// actuellement accompagnées », « 22 MSP ont un programme parcours de soins IC », « 60 CDS »).

function cptsSentences(context: StoryContext): (string | null)[] {
  const table = context.tables.indicateurs_territoriaux;
  const rows = ownRows(context, CPTS_PARCOURS_IC).filter((row) => !isTotalRow(row));
  if (!table || rows.length === 0) return [];
  const period = rows
    .map((row) => String(row.periode))
    .sort()
    .at(-1)!;
  const at = (modalite: string) => {
    const row = rows.find((candidate) => candidate.periode === period && candidate.modalite === modalite);
    return row ? table.value(row, 'valeur') : null;
  };
  const programme = at('programme');
  const project = at('projet_sante');
  const supported = at('accompagnement');
  const signed = regionFigure(context, 'cpts_couverture', () => true, 'nb_signataires');
  const start = signed === null ? '' : `Sur ${formatCount(signed, 'CPTS implantée', 'CPTS implantées')} avec un ACI signé, `;
  const first =
    programme === null
      ? null
      : `${start}${formatInteger(programme)} ${agree(programme, 'a', 'ont')} un programme parcours de soins IC` +
        (project === null
          ? ''
          : ` et ${formatInteger(project)} l’${agree(project, 'a', 'ont')} intégré à ${agree(project, 'son', 'leur')} projet de santé, après la signature de l’ACI`) +
        '.';
  const second =
    supported === null
      ? null
      : `${formatCount(supported, 'CPTS est actuellement accompagnée', 'CPTS sont actuellement accompagnées')} sur le parcours de soins de l’IC.`;
  return [first, second];
}

/** The region's row of the heart-failure indicator of the remuneration, for MSP or CDS, of its latest year. */
function pathwayRow(context: StoryContext, type: 'MSP' | 'CDS'): Row | undefined {
  const rows = (context.tables.indicateurs?.rows ?? []).filter(
    (row) =>
      isAreaRow(context.region, row) &&
      row.type_structure === type &&
      String(row.indicateur).endsWith('parcours_ic') &&
      typeof row.annee === 'number' &&
      row.annee <= context.year,
  );
  const year = Math.max(...rows.map((row) => row.annee as number));
  const ofYear = rows.filter((row) => row.annee === year);
  // The CDS' pathway is an indicator of the polyvalent and medical centres: their group, or all.
  return ofYear.find((row) => row.categorie === 'ensemble') ?? ofYear.find((row) => row.categorie === 'polyvalent_medical');
}

function structureSentence(context: StoryContext, type: 'MSP' | 'CDS'): string | null {
  const table = context.tables.indicateurs;
  const row = pathwayRow(context, type);
  if (!table || !row) return null;
  const reached = table.value(row, 'nb_atteint');
  const counted = table.value(row, 'nb_structures');
  if (reached === null) return null;
  const year = String(row.annee);
  if (type === 'MSP') {
    const start = counted === null ? '' : `Sur les ${formatCount(counted, 'MSP', 'MSP')} dont la rémunération ${year} a été calculée, `;
    return `${start}${formatCount(reached, 'MSP a', 'MSP ont')} un programme parcours de soins IC (indicateur « Parcours IC » atteint en ${year}).`;
  }
  const among = counted === null ? '' : `, sur ${formatInteger(counted)} dont la rémunération a été calculée`;
  return `${formatCount(reached, 'CDS a déclaré', 'CDS ont déclaré')} travailler sur la thématique IC en ${year} (indicateur « Parcours IC » atteint)${among}.`;
}

function pathwaySentences(context: StoryContext): string[] {
  return written(...cptsSentences(context), structureSentence(context, 'MSP'), structureSentence(context, 'CDS'));
}

function programmeSentences(context: StoryContext, code: string): string[] {
  const item = latestOf(context, code);
  const year = item ? yearSentence(context, code, String(item.row.periode)) : null;
  // « … : 344 en 2024 ; 164 en avril 2024. »: the year so far, then its latest month, in one sentence.
  const latestText = item ? sentence(item) : null;
  const first = year && latestText ? `${year.slice(0, -1)} ; ${latestText.slice(`${String(item!.row.libelle)} : `.length)}` : (year ?? latestText);
  return written(first, ...breakdownSentences(context, code), ...(ownRows(context, code).length === 0 ? departmentSentences(context, code) : []));
}

export const headline: HeadlineTemplate = {
  sentences: (context, part) => {
    if (!part) return latest(context).map(sentence);
    if (part === 'parcours_ic') return pathwaySentences(context);
    const departments = /^(.+):departements$/.exec(part);
    if (departments) return written(...departmentSentences(context, departments[1]!));
    return programmeSentences(context, part);
  },
  facts: (context) =>
    latest(context).flatMap((item): Fact[] => {
      const change = evolution(item.unit, item.before, item.now);
      return change ? [{ table: 'indicateurs_territoriaux', sentence: sentence(item), size: evolutionSize(change) }] : [];
    }),
};
