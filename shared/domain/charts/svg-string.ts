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
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

function open(width: number, height: number, title: string, desc: string, palette: SvgPalette): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${palette.fontFamily}">` +
    `<title>${escapeXml(title)}</title><desc>${escapeXml(desc)}</desc>`
  );
}

function text(x: number, y: number, content: string, fill: string, size: number, anchor: 'start' | 'middle' | 'end' = 'start'): string {
  return `<text x="${x}" y="${y}" fill="${fill}" font-size="${size}" text-anchor="${anchor}">${escapeXml(content)}</text>`;
}

export function lineChartSvg(model: LineChartModel, palette: SvgPalette, title: string, desc: string): string {
  const { plot } = model;
  const parts: string[] = [open(model.width, model.height, title, desc, palette)];
  if (model.band) {
    parts.push(`<rect x="${model.band.x}" y="${model.band.y}" width="${model.band.width}" height="${model.band.height}" fill="${palette.band}"/>`);
    parts.push(text(model.band.x + model.band.width - 4, model.band.y + 10, model.band.label, palette.tones.good ?? palette.muted, 8, 'end'));
  }
  for (const t of model.yTicks) {
    parts.push(`<line x1="${plot.x}" y1="${t.at}" x2="${plot.x + plot.width}" y2="${t.at}" stroke="${palette.grid}" stroke-width="1"/>`);
    parts.push(text(plot.x - 6, t.at + 3, t.label, palette.muted, 8, 'end'));
  }
  for (const t of model.xTicks) parts.push(text(t.at, plot.y + plot.height + 14, t.label, palette.muted, 8, 'middle'));
  for (const s of model.series) {
    const color = palette.series[s.key] ?? palette.text;
    if (s.path) parts.push(`<path d="${s.path}" fill="none" stroke="${color}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>`);
    if (s.style !== 'line' || !s.path) {
      for (const p of s.points) parts.push(`<circle cx="${p.cx}" cy="${p.cy}" r="${p.r}" fill="${color}" fill-opacity="${s.style === 'dots' ? 0.55 : 1}"/>`);
    }
  }
  parts.push('</svg>');
  return parts.join('');
}

export function barChartSvg(model: BarChartModel, palette: SvgPalette, title: string, desc: string): string {
  const parts: string[] = [open(model.width, model.height, title, desc, palette)];
  for (const row of model.rows) {
    parts.push(text(model.plot.x - 8, row.textY, row.label, palette.text, 9, 'end'));
    parts.push(`<rect x="${row.track.x}" y="${row.track.y}" width="${row.track.width}" height="${row.track.height}" rx="3" fill="${palette.track}"/>`);
    if (row.bar) {
      const color = palette.tones[row.tone ?? 'neutral'] ?? palette.series.content ?? palette.text;
      parts.push(`<rect x="${row.bar.x}" y="${row.bar.y}" width="${row.bar.width}" height="${row.bar.height}" rx="3" fill="${color}"/>`);
    }
    if (row.marker) parts.push(`<line x1="${row.marker.x}" y1="${row.marker.y1}" x2="${row.marker.x}" y2="${row.marker.y2}" stroke="${palette.text}" stroke-width="2"/>`);
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
  for (const c of model.cells) parts.push(`<rect x="${c.x}" y="${c.y}" width="${c.size}" height="${c.size}" rx="2" fill="${palette.heat[c.level] ?? palette.heat[0]}"/>`);
  const { legend } = model;
  parts.push(text(legend.lessX, legend.y + legend.size - 1, 'Less', palette.muted, 7, 'end'));
  for (const c of legend.cells) parts.push(`<rect x="${c.x}" y="${legend.y}" width="${legend.size}" height="${legend.size}" rx="2" fill="${palette.heat[c.level] ?? palette.heat[0]}"/>`);
  parts.push(text(legend.moreX, legend.y + legend.size - 1, 'More', palette.muted, 7));
  parts.push('</svg>');
  return parts.join('');
}
