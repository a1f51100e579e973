import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signed, short-lived media URLs.
 *
 * A <video>/<audio> element fetches its source with a plain GET and cannot add the browser host's
 * bearer header, and a same-origin check (Origin/Sec-Fetch-Site) is only as strong as the client
 * that sends it — any local process can forge headers. So `recording:get`, which is authorised like
 * every other call, hands out `/media/<id>?exp=<unix s>&sig=<HMAC-SHA256(secret, id.kind.exp)>`.
 * The secret is random per process, so a URL dies with the app (or after `ttlSec`), and it names
 * exactly one file. Both transports (app:// in Electron, HTTP in the browser host) verify it.
 */
export type MediaKind = 'media' | 'thumbnail';

export interface MediaSigner {
  sign(id: string, kind: MediaKind): string;
  verify(id: string, kind: MediaKind, exp: string | null, sig: string | null): boolean;
}

export const MEDIA_URL_TTL_SEC = 6 * 60 * 60;

export function createMediaSigner(
  options: { secret?: Buffer; ttlSec?: number; nowSec?: () => number } = {},
): MediaSigner {
  const secret = options.secret ?? randomBytes(32);
  const ttl = options.ttlSec ?? MEDIA_URL_TTL_SEC;
  const nowSec = options.nowSec ?? (() => Math.floor(Date.now() / 1000));
  const mac = (id: string, kind: MediaKind, exp: number): Buffer =>
    createHmac('sha256', secret).update(`${id}.${kind}.${exp}`).digest();

  return {
    sign(id, kind) {
      const exp = nowSec() + ttl;
      const sig = mac(id, kind, exp).toString('base64url');
      const base = kind === 'media' ? `/media/${id}` : `/media/${id}/thumbnail`;
      return `${base}?exp=${exp}&sig=${sig}`;
    },
    verify(id, kind, exp, sig) {
      if (!exp || !sig || !/^\d{1,12}$/.test(exp)) return false;
      const expSec = Number(exp);
      if (expSec < nowSec()) return false;
      const given = Buffer.from(sig, 'base64url');
      const expected = mac(id, kind, expSec);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
