// One sober design for every slide: a white page, a navy title with a thin rule, tables with a
// navy header and a shaded total row, the footnote in grey at the bottom. Sizes in inches on the
// 13.33 × 7.5 widescreen page.

export const PAGE = { width: 13.333, height: 7.5 } as const;
export const MARGIN = 0.5;
export const CONTENT = { x: MARGIN, y: 1.25, w: PAGE.width - 2 * MARGIN, bottom: 6.35 } as const;
export const FOOTNOTE = { y: 6.5, h: 0.85 } as const;

export const FONT = 'Arial';

/**
 * A slide title keeps to its one line above the rule: a region's name takes some to 87 characters,
 * which wrapped onto the rule at 22 pt. Its width is estimated in DejaVu Sans Bold, the widest
 * font an office suite falls back to for Arial, and its size falls to what fits (14 pt at least).
 * Past that it wraps: two lines still fit between the section label and the rule, and a longer
 * title (a source's label can be any length) is cut at a word, with an ellipsis.
 */
export const TITLE = { y: 0.52, h: 0.55, fontSize: 22, minFontSize: 14 } as const;

// Of the line's 888 points, what a title may take: a margin for the estimate, and for the word
// that does not fit at the end of a first line.
const ONE_LINE = 0.97 * (PAGE.width - 2 * MARGIN) * 72;
const TWO_LINES = 2 * 0.85 * (PAGE.width - 2 * MARGIN) * 72;

/**
 * A character's advance in DejaVu Sans Bold, in ems, by kind: measured with resvg, set so that no
 * title of a national batch is estimated narrower than it is (163 titles: 0 to 7 % wider).
 */
function ems(character: string): number {
  if (character === ' ') return 0.35;
  if ('ijlIJ'.includes(character)) return 0.35;
  if ('ftr'.includes(character)) return 0.48;
  if ('mwMW%'.includes(character)) return 1.05;
  if (/[0-9]/.test(character)) return 0.7;
  if (/\p{Lu}/u.test(character)) return 0.8;
  if (/\p{Ll}/u.test(character)) return 0.68;
  return 0.55;
}

const widthInEms = (text: string) => [...text].reduce((sum, character) => sum + ems(character), 0);

export function fitTitle(title: string): { readonly text: string; readonly fontSize: number } {
  const width = widthInEms(title);
  const fontSize = Math.max(TITLE.minFontSize, Math.min(TITLE.fontSize, Math.floor(ONE_LINE / Math.max(width, 1))));
  if (width * TITLE.minFontSize <= TWO_LINES) return { text: title, fontSize };
  const words = title.split(' ');
  while (words.length > 1 && widthInEms(`${words.join(' ')}…`) * TITLE.minFontSize > TWO_LINES) words.pop();
  const text = words.join(' ').replace(/[\s,;:–-]+$/, '');
  // One word too long for two lines: cut within it.
  const kept = [...text];
  while (kept.length > 1 && widthInEms(`${kept.join('')}…`) * TITLE.minFontSize > TWO_LINES) kept.pop();
  return { text: `${kept.join('')}…`, fontSize };
}

export const COLORS = {
  navy: '1F3A5F',
  accent: '2E7D8C',
  text: '222222',
  muted: '5A6470',
  rule: 'C9D2DC',
  zebra: 'F3F6F9',
  total: 'DCE4EE',
  white: 'FFFFFF',
} as const;

/** Series of modalities (professions, actors, modes): distinct hues that stay apart in grey print. */
export const SERIES_COLORS = ['1F3A5F', '2E7D8C', '93B5D6', 'C07A2C', '7A5C99', '8A9A5B'];

/** Series of successive years, oldest lightest, the report's year in navy. */
export const YEAR_COLORS = ['C2D5E8', '93B5D6', '5F8FBF', '3767A0', '1F3A5F'];

export const TABLE_FONT_SIZE = { normal: 10, dense: 9 } as const;
export const ROW_HEIGHT = 0.3;
export const HEADER_HEIGHT = 0.55;
