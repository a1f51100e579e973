import { describe, expect, it } from 'vitest';
import { resolveServerUrl } from '../../../electron/main/account/server-url';

const settings = (serverUrl: string | null) => ({ sync: { serverUrl, enabled: true } });

describe('which account service the app talks to', () => {
  it('takes Settings first, then INTERVYOU_SERVER_URL, then the build default', () => {
    const env = { INTERVYOU_SERVER_URL: 'https://env.example.com/' };
    expect(resolveServerUrl(settings('https://mine.example.com'), env, 'https://build.example.com')).toEqual({
      url: 'https://mine.example.com',
      source: 'settings',
      problem: null,
    });
    expect(resolveServerUrl(settings(null), env, 'https://build.example.com')).toEqual({
      url: 'https://env.example.com',
      source: 'environment',
      problem: null,
    });
    expect(resolveServerUrl(settings(null), {}, 'https://build.example.com')).toMatchObject({
      url: 'https://build.example.com',
      source: 'default',
    });
    expect(resolveServerUrl(settings(null), { INTERVYOU_SERVER_URL: '  ' }, null)).toEqual({
      url: null,
      source: null,
      problem: null,
    });
  });

  it('reports an unusable address instead of falling through to another service', () => {
    const resolved = resolveServerUrl(
      settings(null),
      { INTERVYOU_SERVER_URL: 'http://accounts.example.com' },
      'https://build.example.com',
    );
    expect(resolved).toEqual({
      url: null,
      source: null,
      problem:
        'INTERVYOU_SERVER_URL (http://accounts.example.com) cannot be used: Use https for a server on another machine (plain http is only allowed for this computer).',
    });
    expect(resolveServerUrl(settings(null), {}, 'accounts')).toMatchObject({
      url: null,
      problem: expect.stringMatching(
        /^This build's account service address \(accounts\) cannot be used: Enter a full address/,
      ),
    });
  });

  it('allows plain http only to this computer', () => {
    expect(resolveServerUrl(settings(null), { INTERVYOU_SERVER_URL: 'http://127.0.0.1:8080' }, null).url).toBe(
      'http://127.0.0.1:8080',
    );
    expect(resolveServerUrl(settings(null), { INTERVYOU_SERVER_URL: 'http://localhost:8080/api/' }, null).url).toBe(
      'http://localhost:8080/api',
    );
  });
});
