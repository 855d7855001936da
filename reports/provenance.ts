// Where the figures come from, in the words printed under every table and on the title slide.

import type { TableName } from '../core';
import { contractsDate, DATASET_LABELS, formatDate, formatInteger, tableSpec } from '../core';
import type { ReportScope } from './scope';
import type { RunInfo } from './source';

// The fund works on Paris time: a run at 23:30 UTC belongs to the next day there.
const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const parisTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });

/** `23/11/2026`: the calendar day of an instant, in Paris. */
export function runDate(iso: string): string {
  return formatDate(parisDay.format(new Date(iso)));
}

/** `23/11/2026 à 14:05`. */
export function runDateTime(iso: string): string {
  return `${runDate(iso)} à ${parisTime.format(new Date(iso))}`;
}

/**
 * The date a table's figures stand at: 31/12 of the report's year, or for a stock the cut-off
 * date (`--arrete`); the contracts stand at the end of their last year, or at the cut-off within it.
 */
export function referenceDate(scope: ReportScope, name?: TableName): string {
  const spec = name ? tableSpec(name) : undefined;
  if (spec?.lastYear === 'contracts') return contractsDate(scope, scope.contractsYear);
  if (spec?.stock) return formatDate(scope.arrete);
  return `31/12/${scope.year}`;
}

/**
 * `Source : Assurance Maladie, exports « patientèle » (traitement du 23/11/2026) ; date de référence 31/12/2023.`
 * `reference` replaces the date when the figures have their own period (a programme's months).
 */
export function sourceLine(name: TableName | undefined, run: RunInfo, scope: ReportScope, reference?: string): string {
  const spec = name ? tableSpec(name) : undefined;
  const datasets = spec ? spec.datasets : Object.keys(DATASET_LABELS).filter((name) => !run.absent.includes(name));
  const exports = exportNames(datasets);
  const plural = datasets.length > 1 ? 'exports' : 'export';
  const others = spec?.otherSources ? ` et ${spec.otherSources}` : '';
  return (
    `Source : Assurance Maladie, ${plural} ${exports}${others} (traitement du ${runDate(run.generatedAt)}) ; ` +
    (reference ?? (spec?.stock ? `situation au ${referenceDate(scope, name)}.` : `date de référence ${referenceDate(scope)}.`))
  );
}

/** `« indicateurs de rémunération », « indicateurs territoriaux »`: exports as the fund names them. */
export function exportNames(datasets: readonly string[]): string {
  return datasets.map((dataset) => `« ${DATASET_LABELS[dataset] ?? dataset} »`).join(', ');
}

/** The sentence on the optional exports the run did not have, or null. */
export function absentLine(run: RunInfo): string | null {
  if (run.absent.length === 0) return null;
  const plural = run.absent.length > 1;
  return `Export${plural ? 's' : ''} non fourni${plural ? 's' : ''} : ${exportNames(run.absent)} ; ${plural ? 'leurs' : 'ses'} diapositives le disent, sans chiffre.`;
}

/** One line on the run: what was read and what was set aside. */
export function runSummaryLine(run: RunInfo): string {
  const read = run.inputs.reduce((sum, input) => sum + input.rows, 0);
  const rejected =
    run.rejected === 0 ? 'aucune ligne rejetée' : `${formatInteger(run.rejected)} ligne${run.rejected > 1 ? 's' : ''} rejetée${run.rejected > 1 ? 's' : ''}`;
  return `${formatInteger(run.inputs.length)} fichier${run.inputs.length > 1 ? 's' : ''}, ${formatInteger(read)} lignes lues, ${rejected}.`;
}
