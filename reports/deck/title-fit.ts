// A slide title keeps to its line above the rule: a region's name takes some titles to 87
// characters, which wrapped onto the rule at 22 pt. Its width is estimated in DejaVu Sans Bold, the
// widest font an office suite falls back to for Arial, and its size falls to what fits, 14 pt at
// least. Past that it wraps: two lines still fit between the section label and the rule. A longer
// title (a source's label can be any length) is cut at a word, keeping what follows the label
// (« (suite) », « – 12 mois », the region), which tells slides of one programme apart.
import { CONTENT } from './design';

export const TITLE = { y: 0.52, h: 0.55, fontSize: 22, minFontSize: 14 } as const;

// Of the line's 888 points, what a title may take: a margin for the estimate and, on two lines,
// for the word that does not fit at the end of the first.
const ONE_LINE = 0.97 * CONTENT.w * 72;
const TWO_LINES = 2 * 0.85 * CONTENT.w * 72;
// A suffix longer than this is part of the label, and may be cut with it.
const SUFFIX_MAX_CHARACTERS = 40;

/**
 * A character's advance in DejaVu Sans Bold, in ems, by kind: measured with resvg, set so that no
 * title of a national batch is estimated narrower than it is (163 titles: 0 to 8 % wider).
 */
function ems(character: string): number {
  if (character === ' ') return 0.35;
  if (character === '…') return 1;
  if ('ijlIJ'.includes(character)) return 0.35;
  if ('ftr'.includes(character)) return 0.48;
  if ('mwMW%'.includes(character)) return 1.1;
  if (/[0-9]/.test(character)) return 0.7;
  if (/\p{Lu}/u.test(character)) return 0.85;
  if (/\p{Ll}/u.test(character)) return 0.68;
  return 0.55;
}

const widthInEms = (text: string) => [...text].reduce((sum, character) => sum + ems(character), 0);
const fitsTwoLines = (text: string) => widthInEms(text) * TITLE.minFontSize <= TWO_LINES;

/** What follows the label: from the first « – » or « ( » of the title's last characters. */
function suffixOf(title: string): string {
  const from = Math.max(0, title.length - SUFFIX_MAX_CHARACTERS);
  const starts = [title.indexOf(' – ', from), title.indexOf(' (', from)].filter((start) => start > 0);
  return starts.length > 0 ? title.slice(Math.min(...starts)) : '';
}

/** The head cut to fit before `suffix` with an ellipsis: at a word, or within an endless one. */
function cutHead(head: string, suffix: string): string {
  const budget = TWO_LINES / TITLE.minFontSize - widthInEms(`…${suffix}`);
  const characters = [...head];
  let end = 0;
  for (let width = 0; end < characters.length && width + ems(characters[end]!) <= budget; end++) width += ems(characters[end]!);
  const fitting = characters.slice(0, end).join('');
  const space = fitting.lastIndexOf(' ');
  const atWord = characters[end] === ' ' || space < fitting.length / 2 ? fitting : fitting.slice(0, space);
  // Not a dangling dash, comma, bracket or elided article before the ellipsis.
  const text = atWord.replace(/[\s,;:–—\-(«/’'.]+$/u, '').replace(/\s\p{L}’$/u, '');
  return `${text === '' ? atWord : text}…`;
}

export function fitTitle(raw: string): { readonly text: string; readonly fontSize: number } {
  const title = raw.normalize('NFC').trim();
  const width = widthInEms(title);
  const fontSize = Math.max(TITLE.minFontSize, Math.min(TITLE.fontSize, Math.floor(ONE_LINE / Math.max(width, 1))));
  if (fitsTwoLines(title)) return { text: title, fontSize };
  const suffix = suffixOf(title);
  return { text: `${cutHead(title.slice(0, title.length - suffix.length), suffix)}${suffix}`, fontSize };
}
