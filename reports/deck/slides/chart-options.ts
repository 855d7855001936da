// The look of every native chart, so they match the tables and stay editable in PowerPoint.
import type PptxGenJS from 'pptxgenjs';
import { frenchFormat } from '../../../core';
import { COLORS, FONT } from '../design';

export function chartOptions(title: string, formatCode: string): PptxGenJS.IChartOpts {
  return {
    showTitle: true,
    title,
    titleFontFace: FONT,
    titleFontSize: 13,
    titleColor: COLORS.navy,
    fontFace: FONT,
    lang: 'fr-FR',
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 10,
    catAxisLabelColor: COLORS.text,
    valAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 9,
    valAxisLabelColor: COLORS.muted,
    valAxisLabelFormatCode: frenchFormat(formatCode),
    valGridLine: { color: 'E1E6EC', size: 0.5 },
    catGridLine: { style: 'none' },
    showValue: true,
    displayBlanksAs: 'gap',
    dataLabelFormatCode: frenchFormat(formatCode),
    dataLabelFontFace: FONT,
    dataLabelFontSize: 9,
    dataLabelColor: COLORS.text,
    legendFontFace: FONT,
    legendFontSize: 10,
    legendColor: COLORS.text,
  };
}
