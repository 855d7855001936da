// A PNG of an SVG on the page (the map with its legend, the chart): the SVG serialised with the
// computed fills and strokes inlined (the stylesheet does not travel with it), drawn on a canvas at
// twice its size, then a title and legend lines written under it. Nothing leaves the page.
export interface PngLegendItem {
  readonly color: string | null;
  readonly label: string;
}

export interface PngOptions {
  readonly title: string;
  readonly legend?: readonly PngLegendItem[];
  readonly footnote?: string;
  /** Width of the picture in CSS pixels (drawn at twice that). */
  readonly width?: number;
}

const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'vector-effect',
  'stroke-linejoin',
  'font-size',
  'font-family',
  'font-weight',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
  'text-anchor',
  'dominant-baseline',
];

function inlineStyles(source: SVGElement, target: SVGElement): void {
  const sourceNodes = [source, ...source.querySelectorAll('*')];
  const targetNodes = [target, ...target.querySelectorAll('*')];
  sourceNodes.forEach((node, i) => {
    const copy = targetNodes[i] as SVGElement | undefined;
    if (!copy || !(node instanceof SVGElement)) return;
    const computed = getComputedStyle(node);
    const style = STYLE_PROPS.map((prop) => `${prop}:${computed.getPropertyValue(prop)}`).join(';');
    copy.setAttribute('style', `${copy.getAttribute('style') ?? ''};${style}`);
  });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('image'));
    image.src = url;
  });
}

export async function svgToPng(svg: SVGSVGElement, options: PngOptions): Promise<Blob> {
  const box = svg.getBoundingClientRect();
  const width = options.width ?? Math.max(640, Math.round(box.width));
  const height = Math.round((width * box.height) / Math.max(1, box.width));
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const text = new XMLSerializer().serializeToString(copy);
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`);

  const legend = options.legend ?? [];
  const lineHeight = 22;
  const top = 40;
  const bottom = legend.length * lineHeight + (options.footnote ? lineHeight : 0) + 16;
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = (top + height + bottom) * scale;
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, top + height + bottom);
  context.fillStyle = '#1b1b1b';
  context.font = '600 17px system-ui, "DejaVu Sans", Arial, sans-serif';
  context.fillText(options.title, 12, 26, width - 24);
  context.drawImage(image, 0, top, width, height);
  context.font = '14px system-ui, "DejaVu Sans", Arial, sans-serif';
  legend.forEach((item, i) => {
    const y = top + height + 8 + i * lineHeight;
    if (item.color) {
      context.fillStyle = item.color;
      context.fillRect(12, y, 22, 15);
    }
    context.strokeStyle = '#4a4a4a';
    context.strokeRect(12, y, 22, 15);
    context.fillStyle = '#1b1b1b';
    context.fillText(item.label, 44, y + 13, width - 56);
  });
  if (options.footnote) {
    context.fillStyle = '#4a4a4a';
    context.font = '12px system-ui, "DejaVu Sans", Arial, sans-serif';
    context.fillText(options.footnote, 12, top + height + 8 + legend.length * lineHeight + 13, width - 24);
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('png'))), 'image/png'));
}
