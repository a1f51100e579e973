import path from 'node:path';

/** The font family name the report and its SVG charts ask for. */
export const REPORT_FONT = 'DejaVuSans';

export function fontsDirOf(resourcesDir: string): string {
  return path.join(resourcesDir, 'fonts');
}
