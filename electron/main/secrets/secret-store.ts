import { loadKeytar, type KeytarApi } from './keytar-loader';

/** The only secrets the app keeps, by keychain account name. Tokens and API keys, nothing else. */
export const SECRET_ACCOUNTS = ['ai-api-key', 'account-refresh-token'] as const;
export type SecretAccount = (typeof SECRET_ACCOUNTS)[number];

export interface SecretStoreStatus {
  /** 'keychain' when the OS keychain answers; 'memory' for this run only when it does not. */
  backend: 'keychain' | 'memory';
  /** Why secrets are only kept for this run, in words for the user; null when the keychain works. */
  warning: string | null;
  /** Why the keychain did not answer (the first line of its error); null when it works. */
  reason: string | null;
}

export interface SecretStore {
  get(account: SecretAccount): Promise<string | null>;
  set(account: SecretAccount, value: string): Promise<void>;
  delete(account: SecretAccount): Promise<boolean>;
  status(): SecretStoreStatus;
}

export interface SecretStoreOptions {
  /** Keychain service name; tests pass their own so runs never share entries. */
  service?: string;
  /** How to reach keytar; called once, on first use (loading the addon can throw). */
  keytar?: () => KeytarApi;
  /** Where the fallback warning goes (never the secret itself). */
  warn?: (message: string) => void;
}

export const DEFAULT_SECRET_SERVICE = 'IntervYou';

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.slice(0, 200) ?? 'unknown error';
}

/**
 * get/set/delete over the OS keychain (keytar). Where no keychain answers (no Secret Service on a
 * bare Linux session, a missing addon), secrets are kept in memory for this run and status() says
 * so, so the UI can warn that the key must be entered again after a restart.
 */
export function createSecretStore(options: SecretStoreOptions = {}): SecretStore {
  const service = options.service ?? DEFAULT_SECRET_SERVICE;
  const memory = new Map<SecretAccount, string>();
  let keytar: KeytarApi | null | undefined;
  let warning: string | null = null;
  let unavailableBecause: string | null = null;

  const fallBack = (error: unknown): void => {
    keytar = null;
    unavailableBecause = reason(error);
    warning = `The system keychain is not available (${unavailableBecause}); keys are kept only until IntervYou closes.`;
    options.warn?.(`[secrets] ${warning}`);
  };

  const backend = (): KeytarApi | null => {
    if (keytar === undefined) {
      try {
        keytar = (options.keytar ?? (() => loadKeytar()))();
      } catch (error) {
        fallBack(error);
      }
    }
    return keytar ?? null;
  };

  // Each operation tries the keychain; the first failure switches this run to memory, carrying
  // over nothing (the keychain could not be read, so there is nothing to carry).
  const attempt = async <T>(onKeychain: (k: KeytarApi) => Promise<T>, onMemory: () => T): Promise<T> => {
    const k = backend();
    if (!k) return onMemory();
    try {
      return await onKeychain(k);
    } catch (error) {
      fallBack(error);
      return onMemory();
    }
  };

  return {
    get: (account) =>
      attempt(
        (k) => k.getPassword(service, account),
        () => memory.get(account) ?? null,
      ),
    set: (account, value) =>
      attempt(
        (k) => k.setPassword(service, account, value),
        () => void memory.set(account, value),
      ),
    delete: (account) =>
      attempt(
        (k) => k.deletePassword(service, account),
        () => memory.delete(account),
      ),
    status: () => ({ backend: keytar === null ? 'memory' : 'keychain', warning, reason: unavailableBecause }),
  };
}
