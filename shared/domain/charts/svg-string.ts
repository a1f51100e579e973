import type { BarChartModel } from './bar-chart';
import type { CalendarModel } from './calendar';
import type { LineChartModel } from './line-chart';

/**
 * The chart models as standalone SVG documents, for the PDF (pdfmake's `svg` node) and anything
 * else that wants a file. The app draws the same models with React and CSS variables; this is the
 * same geometry with fixed colours.
 */
export interface SvgPalette {
  text: string;
  muted: string;
  grid: string;
  track: string;
  band: string;
  fontFamily: string;
  /** Series colours by series key (score, average, content, wpm, …). */
  series: Record<string, string>;
  /** Heat-map shades, level 0 (none) to 4. */
  heat: readonly [string, string, string, string, string];
  tones: Record<string, string>;
}

/** Colours of the light theme (renderer/src/styles/base.css), which print well. */
export const PRINT_PALETTE: SvgPalette = {
  text: '#1a2030',
  muted: '#5b6477',
  grid: '#e2e5ee',
  track: '#f0f2f7',
  band: '#e3f5ec',
  fontFamily: 'DejaVuSans',
  series: {
    score: '#9c9cf0',
    average: '#3d3dc2',
    content: '#4f4fd8',
    structure: '#17875c',
    language: '#b8741a',
    delivery: '#c2417a',
    wpm: '#0f7f8f',
    filler: '#b8741a',
  },
  heat: ['#eceef4', '#cfd0fa', '#9d9ef1', '#6a6be0', '#3d3dc2'],
  tones: { good: '#17875c', ok: '#c48a1a', weak: '#c23b3b', neutral: '#4f4fd8' },
};

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

function open(width: number, height: number, title: string, desc: string, palette: SvgPalette): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${palette.fontFamily}">` +
    `<title>${escapeXml(title)}</title><desc>${escapeXml(desc)}</desc>`
  );
}

/**
 * Many same-coloured shapes as one path: the PDF's SVG renderer spends most of a chart's time
 * per element, so a year's calendar is five paths (one per shade) rather than 371 rects.
 */
function rectsPath(rects: ReadonlyArray<{ x: number; y: number; w: number; h: number }>): string {
  return rects.map((r) => `M${r.x} ${r.y}h${r.w}v${r.h}h${-r.w}Z`).join('');
}

/** Circles as four cubic curves each (the renderer would turn arcs into curves itself, slowly). */
function circlesPath(circles: ReadonlyArray<{ cx: number; cy: number; r: number }>): string {
  const K = 0.5523;
  return circles
    .map(({ cx, cy, r }) => {
      const k = round2(r * K);
      const [l, t, rt, b] = [round2(cx - r), round2(cy - r), round2(cx + r), round2(cy + r)];
      return (
        `M${l} ${cy}C${l} ${round2(cy - k)} ${round2(cx - k)} ${t} ${cx} ${t}C${round2(cx + k)} ${t} ${rt} ${round2(cy - k)} ${rt} ${cy}` +
        `C${rt} ${round2(cy + k)} ${round2(cx + k)} ${b} ${cx} ${b}C${round2(cx - k)} ${b} ${l} ${round2(cy + k)} ${l} ${cy}Z`
      );
    })
    .join('');
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

function text(
  x: number,
  y: number,
  content: string,
  fill: string,
  size: number,
  anchor: 'start' | 'middle' | 'end' = 'start',
): string {
  return `<text x="${x}" y="${y}" fill="${fill}" font-size="${size}" text-anchor="${anchor}">${escapeXml(content)}</text>`;
}

export function lineChartSvg(model: LineChartModel, palette: SvgPalette, title: string, desc: string): string {
  const { plot } = model;
  const parts: string[] = [open(model.width, model.height, title, desc, palette)];
  if (model.band) {
    parts.push(
      `<rect x="${model.band.x}" y="${model.band.y}" width="${model.band.width}" height="${model.band.height}" fill="${palette.band}"/>`,
    );
    parts.push(
      text(
        model.band.x + model.band.width - 4,
        model.band.y + 10,
        model.band.label,
        palette.tones.good ?? palette.muted,
        8,
        'end',
      ),
    );
  }
  parts.push(
    `<path d="${model.yTicks.map((t) => `M${plot.x} ${t.at}H${plot.x + plot.width}`).join('')}" stroke="${palette.grid}" stroke-width="1" fill="none"/>`,
  );
  for (const t of model.yTicks) parts.push(text(plot.x - 6, t.at + 3, t.label, palette.muted, 8, 'end'));
  for (const t of model.xTicks) parts.push(text(t.at, plot.y + plot.height + 14, t.label, palette.muted, 8, 'middle'));
  for (const s of model.series) {
    const color = palette.series[s.key] ?? palette.text;
    if (s.path)
      parts.push(
        `<path d="${s.path}" fill="none" stroke="${color}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>`,
      );
    if ((s.style !== 'line' || !s.path) && s.points.length) {
      const dots = s.points.map((p) => ({ cx: p.cx, cy: p.cy, r: s.style === 'both' ? Math.max(2, p.r * 0.7) : p.r }));
      parts.push(`<path d="${circlesPath(dots)}" fill="${color}" fill-opacity="${s.style === 'dots' ? 0.6 : 1}"/>`);
    }
  }
  parts.push('</svg>');
  return parts.join('');
}

export function barChartSvg(model: BarChartModel, palette: SvgPalette, title: string, desc: string): string {
  const parts: string[] = [open(model.width, model.height, title, desc, palette)];
  const box = (r: { x: number; y: number; width: number; height: number }) => ({
    x: r.x,
    y: r.y,
    w: r.width,
    h: r.height,
  });
  parts.push(`<path d="${rectsPath(model.rows.map((r) => box(r.track)))}" fill="${palette.track}"/>`);
  for (const tone of new Set(model.rows.map((r) => r.tone ?? 'neutral'))) {
    const bars = model.rows
      .filter((r) => (r.tone ?? 'neutral') === tone && r.bar)
      .map((r) => box(r.bar as NonNullable<typeof r.bar>));
    if (bars.length)
      parts.push(
        `<path d="${rectsPath(bars)}" fill="${palette.tones[tone] ?? palette.series.content ?? palette.text}"/>`,
      );
  }
  const markers = model.rows.flatMap((r) => (r.marker ? [`M${r.marker.x} ${r.marker.y1}V${r.marker.y2}`] : []));
  if (markers.length)
    parts.push(`<path d="${markers.join('')}" stroke="${palette.text}" stroke-width="2" fill="none"/>`);
  for (const row of model.rows) {
    parts.push(text(model.plot.x - 8, row.textY, row.label, palette.text, 9, 'end'));
    if (row.valueLabel) parts.push(text(row.valueLabel.x, row.textY, row.valueLabel.text, palette.text, 9));
    if (row.note) parts.push(text(row.note.x, row.textY, row.note.text, palette.muted, 8));
  }
  const axisY = model.plot.y + model.plot.height + 12;
  for (const t of model.xTicks) parts.push(text(t.at, axisY, t.label, palette.muted, 8, 'middle'));
  parts.push('</svg>');
  return parts.join('');
}

export function calendarSvg(model: CalendarModel, palette: SvgPalette, title: string, desc: string): string {
  const parts: string[] = [open(model.width, model.height, title, desc, palette)];
  for (const m of model.months) parts.push(text(m.x, 10, m.label, palette.muted, 8));
  for (const w of model.weekdays) parts.push(text(0, w.y, w.label, palette.muted, 7));
  for (let level = 0; level < palette.heat.length; level++) {
    const cells = model.cells.filter((c) => c.level === level).map((c) => ({ x: c.x, y: c.y, w: c.size, h: c.size }));
    if (cells.length) parts.push(`<path d="${rectsPath(cells)}" fill="${palette.heat[level]}"/>`);
  }
  const { legend } = model;
  parts.push(text(legend.lessX, legend.y + legend.size - 1, 'Less', palette.muted, 7, 'end'));
  for (const c of legend.cells)
    parts.push(
      `<path d="${rectsPath([{ x: c.x, y: legend.y, w: legend.size, h: legend.size }])}" fill="${palette.heat[c.level] ?? palette.heat[0]}"/>`,
    );
  parts.push(text(legend.moreX, legend.y + legend.size - 1, 'More', palette.muted, 7));
  parts.push('</svg>');
  return parts.join('');
}
