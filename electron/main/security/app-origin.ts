/** The renderer is served from this origin in Electron (never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'intervyou';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    // Non-special schemes (like app:) report origin "null"; rebuild it from protocol and host.
    return parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export function isAppUrl(url: string | undefined | null): boolean {
  return originOf(url) === APP_ORIGIN;
}
