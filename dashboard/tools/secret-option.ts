/** The `--secret` value as the reports accept it (an integer from 2 to 1000); a French message otherwise. */
export function parseSecret(text: string | undefined): number | undefined | string {
  if (text === undefined || text.trim() === '') return text === undefined ? undefined : '--secret est vide';
  const value = text.trim();
  if (!/^[0-9]+$/.test(value) || Number(value) < 2 || Number(value) > 1000) {
    return `--secret ${value} : un entier de 2 à 1000 est attendu (nombre minimal de structures ou de patients)`;
  }
  return Number(value);
}
