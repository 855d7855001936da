// One sober design for every slide: a white page, a navy title with a thin rule, tables with a
// navy header and a shaded total row, the footnote in grey at the bottom. Sizes in inches on the
// 13.33 × 7.5 widescreen page.

export const PAGE = { width: 13.333, height: 7.5 } as const;
export const MARGIN = 0.5;
export const CONTENT = { x: MARGIN, y: 1.25, w: PAGE.width - 2 * MARGIN, bottom: 6.35 } as const;
export const FOOTNOTE = { y: 6.5, h: 0.85 } as const;

export const FONT = 'Arial';

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
