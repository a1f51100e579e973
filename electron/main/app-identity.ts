import { readFileSync } from 'node:fs';
import type { AppIdentity } from './services';

/** Name and version outside Electron (CLI, browser host), read from package.json. */
export function appIdentity(): AppIdentity {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    productName?: string;
    version?: string;
  };
  return { name: pkg.productName ?? 'IntervYou', version: pkg.version ?? '0.0.0' };
}
