// Header names are matched after normalisation, so `Patientèle MT`, `patientele_mt` and
// `PATIENTELE-MT` name one column.

export function normalizeHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
