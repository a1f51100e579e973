import { describe, expect, it } from 'vitest';
import { loadKeytar } from '../../../electron/main/secrets/keytar-loader';
import { createSecretStore } from '../../../electron/main/secrets/secret-store';
import { keychainSkipReason, testSecretService } from '../../helpers/keychain';

const skipReason = keychainSkipReason();
if (skipReason) console.log(`[secret-store] keychain tests skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('secret store over the real OS keychain', () => {
  it('keeps a key in the keychain where a second store (a restart) finds it, and deletes it', async () => {
    const service = testSecretService();
    const store = createSecretStore({ service });
    expect(await store.get('ai-api-key')).toBeNull();
    await store.set('ai-api-key', 'sk-test-123');
    expect(store.status()).toEqual({ backend: 'keychain', warning: null, reason: null });

    const afterRestart = createSecretStore({ service });
    expect(await afterRestart.get('ai-api-key')).toBe('sk-test-123');
    // The entry is really in the OS keychain, under the service and account.
    expect(await loadKeytar().getPassword(service, 'ai-api-key')).toBe('sk-test-123');

    expect(await afterRestart.delete('ai-api-key')).toBe(true);
    expect(await store.get('ai-api-key')).toBeNull();
    expect(await store.delete('ai-api-key')).toBe(false);
  });
});

describe('secret store without a keychain', () => {
  it('keeps secrets in memory for the run and says why, without the secret in the warning', async () => {
    const warnings: string[] = [];
    const store = createSecretStore({
      service: testSecretService(),
      keytar: () => {
        throw new Error('Cannot find module keytar.node');
      },
      warn: (message) => warnings.push(message),
    });
    await store.set('ai-api-key', 'sk-memory-only');
    expect(await store.get('ai-api-key')).toBe('sk-memory-only');
    expect(store.status().backend).toBe('memory');
    expect(store.status().warning).toMatch(/keychain is not available \(Cannot find module keytar.node\)/);
    expect(store.status().reason).toBe('Cannot find module keytar.node');
    expect(warnings.join('\n')).not.toContain('sk-memory-only');
    expect(await store.delete('ai-api-key')).toBe(true);
    expect(await store.get('ai-api-key')).toBeNull();
  });

  it('falls back when the keychain fails at use, not only at load', async () => {
    const store = createSecretStore({
      service: testSecretService(),
      keytar: () => ({
        getPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
        setPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
        deletePassword: () => Promise.reject(new Error('no')),
        findCredentials: () => Promise.resolve([]),
      }),
    });
    expect(await store.get('ai-api-key')).toBeNull();
    await store.set('ai-api-key', 'k');
    expect(await store.get('ai-api-key')).toBe('k');
    expect(store.status().warning).toContain('D-Bus');
  });
});
