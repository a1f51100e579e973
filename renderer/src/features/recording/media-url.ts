import { isElectron } from '../../api/bridge';

/**
 * Main hands out media URLs as signed paths (/media/<id>?exp=…&sig=…). They resolve against the
 * page: app://intervyou in Electron, the loopback host in the browser (Vite proxies /media in
 * dev:web). Only Electron's dev mode, whose page comes from the Vite server, needs the app origin.
 */
export function resolveMediaUrl(path: string): string {
  if (isElectron && window.location.protocol !== 'app:') return `app://intervyou${path}`;
  return path;
}
