// The map of the centres de santé by department (the June 2024 deck: « Nombre de CDS par
// département en IDF », classes < 60 to > 200): the department map drawn with the dashboard's
// classes for the count (core/map-classes), its legend and the counts beside it as native shapes
// and an editable table. Its sentence comes from the same masked figures.
import { areaName, extremes, formatInteger, formatValue, isAreaRow, isPartRow, partLevel, partWords, type StoryContext, tiedText } from '../../../core';
import { countMap } from '../../map';
import { referenceDate } from '../../provenance';
import { areaLabel, figure, isTotal } from '../cells';
import type { DeckTable } from '../deck-table';
import { COLORS, CONTENT, FONT } from '../design';
import { regionRows } from '../select';
import { type DeckContext, footnoteLines } from './context';
import { addFramedSlide } from './frame';
import { addMapLegend } from './map-legend';
import { addHeadline, addTable, headlineHeight } from './table-slides';

/** « Centres de santé actifs au 30/04/2024 : de 57 (Yvelines) à 271 (Paris) par département ; 998 en Île-de-France. » */
function mapSentences(story: StoryContext | undefined, date: string): string[] {
  const table = story?.tables.cds;
  if (!story || !table) return [];
  const own = table.rows.filter((row) => isPartRow(story.region, row));
  const values = own.map((row) => ({ name: String(row.code), value: table.value(row, 'nb_total') }));
  const region = table.rows.find((row) => isAreaRow(story.region, row));
  const total = region ? table.value(region, 'nb_total') : null;
  if (values.length < 2 || values.some((item) => item.value === null))
    return total === null ? [] : [`${formatInteger(total)} centres de santé actifs au ${date} en ${story.regionName}.`];
  const named = own.map((row, index) => ({ name: areaName(partLevel(story.region), String(row.code)), value: values[index]!.value! }));
  const ends = extremes(named, (value) => formatValue(value, 'count'))!;
  const regionPart = total === null ? '' : ` ; ${formatInteger(total)} en ${story.regionName}`;
  return [`Centres de santé actifs au ${date} : de ${tiedText(ends.low)} à ${tiedText(ends.high)} par ${partWords(story).singular}${regionPart}.`];
}

export function addCdsMapSlide(context: DeckContext): boolean {
  const { tables, scope, topology } = context;
  if (!topology) return false;
  const table = tables.cds;
  const map = countMap(topology, table, scope, 'nb_total');
  if (!map) return false;
  const date = referenceDate(scope, 'cds');
  const slide = addFramedSlide(context.pptx, {
    section: 'Centres de santé',
    title: `Nombre de centres de santé actifs par ${partWords(scope).singular} au ${date}`,
    footnote: [...footnoteLines(context, 'cds'), 'Fond de carte : Natural Earth (domaine public).'],
  });
  const headline = mapSentences(context.story, date);
  const height = headlineHeight(headline);
  if (height > 0) addHeadline(slide, headline, height);
  const top = CONTENT.y + height;
  const mapHeight = CONTENT.bottom - top;
  const mapWidth = Math.min(mapHeight * map.aspect, CONTENT.w * 0.55);
  slide.addImage({
    data: `image/png;base64,${Buffer.from(map.png).toString('base64')}`,
    x: CONTENT.x,
    y: top,
    w: mapWidth,
    h: mapWidth / map.aspect,
    altText: `Carte des départements de ${scope.regionName} selon le nombre de centres de santé actifs au ${date}`,
  });
  const left = CONTENT.x + mapWidth + 0.4;
  const width = CONTENT.x + CONTENT.w - left;
  slide.addText('Nombre de centres de santé actifs', {
    x: left,
    y: top,
    w: width,
    h: 0.3,
    fontFace: FONT,
    fontSize: 12,
    bold: true,
    color: COLORS.navy,
    margin: 0,
    lang: 'fr-FR',
  });
  // The legend, then the counts as a table.
  const legendHeight = addMapLegend(context, slide, map, { x: left, y: top + 0.4, w: width }, 0.32);
  const tableTop = top + 0.4 + legendHeight + 0.2;
  const rows = regionRows(table, scope);
  const deckTable: DeckTable = {
    table: 'cds',
    section: 'Centres de santé',
    title: 'Centres de santé actifs',
    header: [partWords(scope).heading, 'Centres de santé actifs'],
    widths: [3, 1.6],
    rows: rows.map((row) => ({ cells: [areaLabel(scope, row), figure(table, row, 'nb_total')], total: isTotal(scope, row) })),
  };
  const rowHeight = Math.min(0.3, (CONTENT.bottom - tableTop - 0.55) / Math.max(1, deckTable.rows.length));
  addTable(slide, deckTable, deckTable.rows, { x: left, y: tableTop, w: width }, { rowHeight });
  return true;
}
