/**
 * HTTP Range requests for media playback (RFC 9110 §14): one `bytes=` range, which is what
 * <video>/<audio> elements send when they seek. Shared by the Electron app:// protocol and the
 * browser host so both answer the same way.
 */
export type RangeResult =
  { kind: 'whole' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

export function parseRange(header: string | null | undefined, size: number): RangeResult {
  if (header === null || header === undefined || header.trim() === '') return { kind: 'whole' };
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  // A syntactically invalid Range is ignored per the RFC; but several ranges (a comma) or a
  // different unit we answer with 416, since this server never sends multipart/byteranges.
  if (!match) return /^\s*bytes\s*=/i.test(header) ? { kind: 'unsatisfiable' } : { kind: 'whole' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'unsatisfiable' };
  if (size <= 0) return { kind: 'unsatisfiable' };
  if (first === '') {
    // bytes=-N: the last N bytes.
    const suffix = Number(last);
    if (!Number.isSafeInteger(suffix) || suffix === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (!Number.isSafeInteger(start) || start >= size) return { kind: 'unsatisfiable' };
  let end = last === '' ? size - 1 : Number(last);
  if (!Number.isSafeInteger(end) || end < start) return { kind: 'unsatisfiable' };
  end = Math.min(end, size - 1);
  return { kind: 'partial', start, end };
}

export interface MediaResponseHead {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  /** Inclusive byte range to send; null for no body. */
  body: { start: number; end: number } | null;
}

/** Status, headers and byte range for a media file of `size` bytes. */
export function mediaResponseHead(
  rangeHeader: string | null | undefined,
  size: number,
  contentType: string,
): MediaResponseHead {
  const common = {
    'accept-ranges': 'bytes',
    'content-type': contentType,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  };
  const range = parseRange(rangeHeader, size);
  if (range.kind === 'unsatisfiable') {
    return {
      status: 416,
      headers: { ...common, 'content-range': `bytes */${size}`, 'content-length': '0' },
      body: null,
    };
  }
  if (range.kind === 'partial') {
    return {
      status: 206,
      headers: {
        ...common,
        'content-range': `bytes ${range.start}-${range.end}/${size}`,
        'content-length': String(range.end - range.start + 1),
      },
      body: { start: range.start, end: range.end },
    };
  }
  return {
    status: 200,
    headers: { ...common, 'content-length': String(size) },
    body: size > 0 ? { start: 0, end: size - 1 } : null,
  };
}
