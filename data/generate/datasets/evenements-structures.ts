// evenements_structures.csv (version 3): what happens to a structure's agreement besides signature
// and termination, logged by the fund's referential tool like structures.csv: Windows-1252, `;`,
// CRLF, dates DD/MM/YYYY, rows in date order, a group's decision repeated on each of its centres.
// Île-de-France follows the June 2024 deck (seed 003), R being the reference year (2024):
// * 10 centres removed from the agreement (déconventionnés), 5 of them dental: 3 of « Réseau
//   Dentaire Horizon », 2 ophthalmology centres of « Groupe Vision Plus », 5 on their own; each after
//   a conventional procedure, 4 after a suspension, most after a control;
// * R, to 30 April: 6 dental centres of « Groupe Sourire Santé » removed (controlled and under
//   procedure in R-1); 1 control launched in the first quarter on a group, the 4 centres of « Centres
//   Ophtalmo Express »; 1 procedure on the one centre of « Réseau Dentaire Horizon » still in the
//   agreement; 1 centre removed in R-1 back in the agreement;
// * MSP: three controls and one procedure, closed without sanction.
// Elsewhere (national scale): 11 more removals in R-1, as the deck's 21 for France, and 2 controls in R.
// Events are drawn on the first copy of the plan only (the stress scale keeps the national events).
// Removed centres are drawn among those outside the agreement's remuneration (no remunerations
// rows), so that none is paid after its removal. Groups are fictional.
// Planted: an unknown structure, an unknown event (`fermeture`), a date after the arrêté (the year's
// last two digits swapped) and a repeated (structure, date, event).
import type { StructureType } from '../../../core';
import { formatDate } from '../../../core';
import { ILE_DE_FRANCE } from '../calibration';
import type { DatasetExport, ExportRow } from '../export-spec';
import type { Plan } from '../plan';
import { Random } from '../random';
import { underAgreement } from '../remuneration';
import { type Day, isoDate, type Structure, structureAt, structureId } from '../structure';

const HEADER = ['Identifiant structure', 'Date', 'Événement', 'Groupe', 'Motif'] as const;

const EVENTS = ['controle_lance', 'procedure_conventionnelle', 'deconventionnement', 'suspension', 'reconventionnement'] as const;
type EventCode = (typeof EVENTS)[number];

const HORIZON = 'Réseau Dentaire Horizon';
const VISION = 'Groupe Vision Plus';
const SOURIRE = 'Groupe Sourire Santé';
const OPHTALMO = 'Centres Ophtalmo Express';

/** Free text as agents type it; a quarter of the rows leave it empty. */
const MOTIFS: Readonly<Record<EventCode, readonly string[]>> = {
  controle_lance: ['Contrôle de la facturation des actes', 'Atypie de facturation (ciblage national)', 'Signalements de patients : actes non réalisés'],
  procedure_conventionnelle: ['Facturation d’actes non réalisés', 'Non-respect des tarifs opposables', 'Surfacturation de prothèses dentaires'],
  deconventionnement: [
    'Facturation d’actes non réalisés',
    'Fraude à l’Assurance Maladie (facturation fictive)',
    'Non-respect répété des engagements conventionnels',
  ],
  suspension: ['Suspension à titre conservatoire', 'Danger pour la sécurité des patients'],
  reconventionnement: ['Fin de la période de déconventionnement', 'Reprise par un nouveau gestionnaire'],
};

/** Ordinals in the date-ordered rows after which the bad rows are planted (the date's near the end). */
const UNKNOWN_AFTER = 4;
const REPEAT_OF = 9;
const FERMETURE_AFTER = 15;
const LATE_BEFORE_END = 3;

interface Event {
  readonly structure: Structure;
  readonly day: Day;
  readonly evenement: string;
  readonly groupe: string;
  readonly motif: string;
}

function events(plan: Plan): Event[] {
  const reference = plan.spec.referenceYear;
  const rng = new Random(plan.seed, 'evenements');
  const firstCopy = (type: StructureType) => plan.slots.filter((slot) => slot.type === type).map((slot) => structureAt(plan, 0, slot));
  // Structures under contract since before R-2 and never terminated: every event follows the signature.
  const pool = rng.shuffle(
    [...firstCopy('CDS'), ...firstCopy('MSP')].filter((s) => s.adhesion !== null && s.adhesion.year <= reference - 3 && s.resiliation === null),
  );
  const used = new Set<string>();
  const take = (n: number, test: (s: Structure) => boolean): Structure[] => {
    const found: Structure[] = [];
    for (const s of pool) {
      if (found.length === n) break;
      if (used.has(s.id) || !test(s)) continue;
      used.add(s.id);
      found.push(s);
    }
    return found;
  };
  const idf = (s: Structure) => plan.departements.get(s.departement)!.region === ILE_DE_FRANCE;
  const centre =
    (categorie: string | null, removable: boolean | null, inIdf = true) =>
    (s: Structure) =>
      s.type === 'CDS' &&
      idf(s) === inIdf &&
      (categorie === null || s.categorie === categorie) &&
      (removable === null || underAgreement(plan, s) !== removable);
  const on = (year: number, from: number, to: number): Day => ({ year, month: rng.int(from, to), day: rng.int(1, 28) });

  const list: Event[] = [];
  // A decision on a group is one date and one text, repeated on each of its centres.
  const add = (structures: readonly Structure[], evenement: EventCode, day: Day, groupe = '') => {
    const pick = new Random(plan.seed, 'evenements-motif', groupe || (structures[0]?.id ?? ''), evenement, isoDate(day));
    const motif = pick.chance(0.25) ? '' : pick.pick(MOTIFS[evenement]);
    for (const structure of structures) list.push({ structure, day, evenement, groupe, motif });
  };
  const R = reference;

  // the deck's 10 removals in Île-de-France.
  const horizon = take(3, centre('dentaire', true));
  const horizonStill = take(1, centre('dentaire', false));
  add([...horizon, ...horizonStill], 'controle_lance', on(R - 2, 9, 11), HORIZON);
  add(horizon, 'procedure_conventionnelle', on(R - 1, 2, 3), HORIZON);
  add(horizon, 'deconventionnement', on(R - 1, 6, 7), HORIZON);
  const vision = take(2, centre('medical', true));
  add(vision, 'controle_lance', on(R - 1, 1, 1), VISION);
  add(vision, 'procedure_conventionnelle', on(R - 1, 4, 5), VISION);
  add(vision, 'suspension', on(R - 1, 7, 7), VISION);
  add(vision, 'deconventionnement', on(R - 1, 10, 10), VISION);
  const alone = [...take(2, centre('dentaire', true)), ...take(2, centre('polyvalent', true)), ...take(1, centre('medical', true))];
  for (const [i, s] of alone.entries()) {
    if (i < 3) add([s], 'controle_lance', on(R - 2, 1, 12));
    add([s], 'procedure_conventionnelle', on(R - 1, 1, 4));
    if (i % 2 === 1) add([s], 'suspension', on(R - 1, 5, 7));
    add([s], 'deconventionnement', on(R - 1, 8, 12));
  }
  // R, to the arrêté (30 April): one group's 6 dental centres removed, one group controlled, one
  // procedure on a group's centre, one centre back.
  const sourire = take(6, centre('dentaire', true));
  add(sourire, 'controle_lance', on(R - 1, 4, 5), SOURIRE);
  add(sourire, 'procedure_conventionnelle', on(R - 1, 10, 11), SOURIRE);
  add(sourire, 'deconventionnement', on(R, 3, 3), SOURIRE);
  add(take(4, centre('medical', null)), 'controle_lance', on(R, 1, 3), OPHTALMO);
  add(horizonStill, 'procedure_conventionnelle', on(R, 2, 3), HORIZON);
  if (alone[2]) add([alone[2]], 'reconventionnement', on(R, 3, 4));
  // MSP: controls, one procedure, no sanction.
  const msp = take(3, (s) => s.type === 'MSP' && idf(s));
  if (msp[0]) add([msp[0]], 'controle_lance', on(R - 2, 3, 10));
  for (const s of msp.slice(1)) add([s], 'controle_lance', on(R - 1, 2, 9));
  if (msp[1]) add([msp[1]], 'procedure_conventionnelle', on(R - 1, 10, 12));

  // Other regions (national scale): the rest of the deck's 21 removals of R-1, two controls in R.
  for (const s of take(11, centre(null, true, false))) {
    add([s], 'procedure_conventionnelle', on(R - 1, 1, 5));
    add([s], 'deconventionnement', on(R - 1, 6, 12));
  }
  for (const s of take(2, centre(null, null, false))) add([s], 'controle_lance', on(R, 1, 4));

  const order = (e: Event) => isoDate(e.day) + e.structure.id + EVENTS.indexOf(e.evenement as EventCode);
  return list.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

const cellsOf = (id: string, day: Day, evenement: string, groupe: string, motif: string) => [id, formatDate(isoDate(day)), evenement, groupe, motif];

function* rows(plan: Plan): Generator<ExportRow> {
  const list = events(plan);
  for (const [i, e] of list.entries()) {
    yield { cells: cellsOf(e.structure.id, e.day, e.evenement, e.groupe, e.motif) };
    const ordinal = i + 1;
    if (ordinal === UNKNOWN_AFTER) {
      // A centre number typed one too far: no such structure.
      const d = e.structure.departement;
      const id = structureId(plan, 'CDS', d, plan.counts.get(`CDS${d}`)! * plan.spec.copies + 2);
      yield {
        cells: cellsOf(id, e.day, 'controle_lance', '', 'Signalement d’un patient'),
        bad: { column: 'id_structure', value: id, rule: 'unknown-structure' },
      };
    }
    if (ordinal === REPEAT_OF) {
      // The same event keyed again with its text completed: the later row is rejected.
      yield {
        cells: cellsOf(e.structure.id, e.day, e.evenement, e.groupe, `${e.motif || 'Décision du directeur'} (saisie complétée)`),
        bad: { column: 'id_structure', value: e.structure.id, rule: 'duplicate-key' },
      };
    }
    if (ordinal === FERMETURE_AFTER) {
      // A closure logged as an agreement event: not one of the contract's five.
      yield {
        cells: cellsOf(e.structure.id, e.day, 'fermeture', '', 'Fermeture du site annexe'),
        bad: { column: 'evenement', value: 'fermeture', rule: 'unknown-event' },
      };
    }
    if (ordinal === list.length - LATE_BEFORE_END) {
      // The year's last two digits swapped (2042 for 2024): a date after any arrêté.
      const swapped = Number(String(e.day.year).replace(/(\d)(\d)$/, '$2$1'));
      const late = { ...e.day, year: swapped > e.day.year ? swapped : e.day.year + 10 };
      const date = formatDate(isoDate(late));
      yield { cells: cellsOf(e.structure.id, late, e.evenement, e.groupe, e.motif), bad: { column: 'date', value: date, rule: 'date-after-arrete' } };
    }
  }
}

export const evenementsStructuresExport: DatasetExport = {
  dataset: 'evenements_structures',
  file: 'evenements_structures.csv',
  format: { encoding: 'windows-1252', delimiter: ';', eol: '\r\n' },
  header: HEADER,
  rows,
};
