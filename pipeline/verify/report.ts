// What a person reads of a verification: a French text table of the figures that differ, each with
// its likely cause, and a CSV for French Excel with every figure and its verdict. Numbers are those a
// person reads: rounded to what their unit means (core's roundForPeople), never a float's tail.
import { areaName, type Cell, formatInteger, formatValue, roundForPeople, toExcelCsv } from '../../core';
import type { Finding } from './compare';

const VERDICTS = { conforme: 'conforme', different: 'différent', introuvable: 'introuvable' } as const;

function zone(finding: Finding): string {
  const { niveau, code } = finding.figure.keys;
  return niveau === 'departement' ? `${code} ${areaName('departement', code!)}` : areaName(niveau!, code!);
}

function computed(finding: Finding): number | null {
  return finding.computed === null ? null : roundForPeople(finding.computed, finding.figure.column.unit);
}

function gap(finding: Finding): number | null {
  // The deck's figure against the computed one as shown, in the figure's unit.
  const shown = computed(finding);
  return shown === null ? null : roundForPeople(finding.figure.value - shown, finding.figure.column.unit);
}

function shown(finding: Finding, value: number | null): string {
  return value === null ? '—' : formatValue(value, finding.figure.column.unit);
}

function signed(finding: Finding): string {
  const value = gap(finding);
  if (value === null) return '—';
  const text = formatValue(Math.abs(value), finding.figure.column.unit);
  return value > 0 ? `+${text}` : `\u2212${text}`;
}

function textTable(rows: readonly (readonly string[])[], right: ReadonlySet<number>): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const lines = rows.map((row) =>
    row
      .map((cell, c) => (right.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((width) => '─'.repeat(width)).join('  '));
  return lines;
}

/** The summary and the differing figures, for the terminal. */
export function verificationText(findings: readonly Finding[], deckFile: string): string {
  const count = (verdict: keyof typeof VERDICTS) => findings.filter((f) => f.verdict === verdict).length;
  const lines = [
    `Vérification de ${deckFile} : ${formatInteger(findings.length)} chiffres, ${formatInteger(count('conforme'))} conformes, ` +
      `${formatInteger(count('different'))} différents, ${formatInteger(count('introuvable'))} introuvables dans les tableaux.`,
  ];
  const shownFindings = findings.filter((f) => f.verdict !== 'conforme');
  if (shownFindings.length === 0) return `${lines[0]}\n`;
  const header = ['Ligne', 'Tableau', 'Zone', 'Année', 'Colonne', 'Deck', 'Données', 'Écart'];
  const rows = shownFindings.map((f) => [
    String(f.figure.line),
    f.figure.table,
    zone(f),
    f.figure.keys.annee ?? '',
    f.figure.column.label,
    f.figure.written,
    shown(f, f.computed),
    signed(f),
  ]);
  const table = textTable([header, ...rows], new Set([0, 5, 6, 7]));
  lines.push('', table[0]!, table[1]!);
  shownFindings.forEach((f, i) => {
    lines.push(table[i + 2]!);
    const why = f.verdict === 'introuvable' ? 'pas de ligne ou de valeur correspondante dans les tableaux calculés' : (f.cause ?? 'non reconnue');
    lines.push(`      → cause probable : ${why}`);
  });
  return `${lines.join('\n')}\n`;
}

/** Every figure with its verdict, for French Excel. */
export function verificationCsv(findings: readonly Finding[]): string {
  const header = [
    'Ligne',
    'Tableau',
    'Niveau',
    'Code',
    'Zone',
    'Année',
    'Type de structure',
    'Colonne',
    'Valeur du deck',
    'Valeur calculée',
    'Écart',
    'Verdict',
    'Cause probable',
  ];
  const rows: Cell[][] = findings.map((f) => [
    f.figure.line,
    f.figure.table,
    f.figure.keys.niveau,
    f.figure.keys.code,
    zone(f),
    f.figure.keys.annee ?? null,
    f.figure.keys.type_structure ?? null,
    f.figure.column.label,
    f.figure.value,
    computed(f),
    gap(f),
    VERDICTS[f.verdict],
    f.cause,
  ]);
  return toExcelCsv([header, ...rows]);
}
