import { describe, expect, it } from 'vitest';
import { createMediaSigner } from '../../../electron/main/media/media-token';

function parts(url: string): { path: string; exp: string | null; sig: string | null } {
  const parsed = new URL(url, 'http://x');
  return { path: parsed.pathname, exp: parsed.searchParams.get('exp'), sig: parsed.searchParams.get('sig') };
}

describe('signed media URLs', () => {
  const id = '0f8fad5b-d9cb-469f-a165-70867728950e';

  it('accept their own signature for the same recording and kind', () => {
    const signer = createMediaSigner();
    const url = parts(signer.sign(id, 'media'));
    expect(url.path).toBe(`/media/${id}`);
    expect(signer.verify(id, 'media', url.exp, url.sig)).toBe(true);
  });

  it('do not open another recording, the thumbnail, or a tampered expiry', () => {
    const signer = createMediaSigner();
    const url = parts(signer.sign(id, 'media'));
    expect(signer.verify('1f8fad5b-d9cb-469f-a165-70867728950e', 'media', url.exp, url.sig)).toBe(false);
    expect(signer.verify(id, 'thumbnail', url.exp, url.sig)).toBe(false);
    expect(signer.verify(id, 'media', String(Number(url.exp) + 1000), url.sig)).toBe(false);
    expect(signer.verify(id, 'media', url.exp, null)).toBe(false);
    expect(signer.verify(id, 'media', 'soon', url.sig)).toBe(false);
  });

  it('expire', () => {
    let now = 1_000_000;
    const signer = createMediaSigner({ ttlSec: 60, nowSec: () => now });
    const url = parts(signer.sign(id, 'media'));
    now += 59;
    expect(signer.verify(id, 'media', url.exp, url.sig)).toBe(true);
    now += 2;
    expect(signer.verify(id, 'media', url.exp, url.sig)).toBe(false);
  });

  it('die with the process: another secret rejects them', () => {
    const url = parts(createMediaSigner().sign(id, 'media'));
    expect(createMediaSigner().verify(id, 'media', url.exp, url.sig)).toBe(false);
  });
});
