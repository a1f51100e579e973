import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { MediaKind } from './media-token';
import { mediaResponseHead } from './range';

export interface MediaResolver {
  resolveMedia(
    id: string,
    kind: MediaKind,
    exp: string | null,
    sig: string | null,
  ): Promise<{ file: string; contentType: string } | null>;
}

export interface MediaReply {
  status: number;
  headers: Record<string, string>;
  body: Readable | null;
}

/** `/media/<id>` or `/media/<id>/thumbnail`; null for any other path. */
export function parseMediaPath(pathname: string): { id: string; kind: MediaKind } | null {
  const match = /^\/media\/([a-z0-9-]{8,64})(\/thumbnail)?$/.exec(pathname);
  if (!match?.[1]) return null;
  return { id: match[1], kind: match[2] ? 'thumbnail' : 'media' };
}

const notFound = (): MediaReply => ({
  status: 404,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  body: null,
});

/**
 * Answers a media GET/HEAD, for both transports: the signed URL is checked, then the file is
 * streamed whole (200) or in part (206) per the Range header, or refused (416). A bad or expired
 * signature looks like a missing file (404), so URLs cannot be probed.
 */
export async function answerMediaRequest(
  resolver: MediaResolver,
  request: { method: string; url: URL; range: string | null | undefined },
): Promise<MediaReply | null> {
  const target = parseMediaPath(request.url.pathname);
  if (!target) return null;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return { status: 405, headers: { allow: 'GET, HEAD' }, body: null };
  }
  const params = request.url.searchParams;
  const resolved = await resolver.resolveMedia(target.id, target.kind, params.get('exp'), params.get('sig'));
  if (!resolved) return notFound();
  const size = await stat(resolved.file).then(
    (s) => s.size,
    () => -1,
  );
  if (size < 0) return notFound();
  const head = mediaResponseHead(request.range, size, resolved.contentType);
  const body =
    request.method === 'GET' && head.body
      ? createReadStream(resolved.file, { start: head.body.start, end: head.body.end })
      : null;
  return { status: head.status, headers: head.headers, body };
}
