import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The PDF's text as poppler's pdftotext reads it (layout kept, so columns stay on their lines). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export interface RenderedPage {
  png: string;
  width: number;
  height: number;
  /** Share of pixels darker than light grey: 0 for a blank page. */
  ink: number;
  /** Share of pixels whose colour is clearly not grey (the charts' colours). */
  colour: number;
}

/**
 * Renders one page with pdftoppm: a PNG to look at, and a raw PPM to measure, so a test can tell
 * a page with text and coloured charts from a blank or monochrome one.
 */
export function renderPage(file: string, page: number, outDir: string, dpi = 60): RenderedPage {
  const prefix = path.join(outDir, `page-${page}`);
  const range = ['-f', String(page), '-l', String(page), '-singlefile', '-r', String(dpi)];
  execFileSync('pdftoppm', ['-png', ...range, file, prefix]);
  execFileSync('pdftoppm', [...range, file, prefix]);
  const ppm = readFileSync(`${prefix}.ppm`);
  // P6 header: "P6\n<width> <height>\n255\n", then RGB bytes.
  const header = ppm
    .subarray(0, 40)
    .toString('latin1')
    .match(/^P6\s+(\d+)\s+(\d+)\s+255\s/);
  if (!header) throw new Error('pdftoppm did not write a P6 PPM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = ppm.subarray(header[0].length);
  let ink = 0;
  let colour = 0;
  for (let i = 0; i + 2 < pixels.length; i += 3) {
    const r = pixels[i] ?? 255;
    const g = pixels[i + 1] ?? 255;
    const b = pixels[i + 2] ?? 255;
    if ((r + g + b) / 3 < 200) ink++;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) colour++;
  }
  const total = width * height;
  return { png: `${prefix}.png`, width, height, ink: ink / total, colour: colour / total };
}
