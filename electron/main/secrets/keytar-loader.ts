import { createRequire } from 'node:module';

/** The part of keytar's API the app uses: passwords in the OS keychain, by service and account. */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
}

const require = createRequire(import.meta.url);

/**
 * keytar itself under Node (tests, CLI, browser host), or its native addon from the Electron
 * native folder (see native-modules.ts): keytar's JavaScript is a thin argument check over the
 * addon's functions of the same names, and the packaged app carries no node_modules.
 */
export function loadKeytar(addon?: string): KeytarApi {
  return (addon ? require(addon) : require('keytar')) as KeytarApi;
}
