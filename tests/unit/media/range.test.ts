import { describe, expect, it } from 'vitest';
import { mediaResponseHead, parseRange } from '../../../electron/main/media/range';

describe('parseRange', () => {
  it('serves the whole file without a Range header', () => {
    expect(parseRange(undefined, 1000)).toEqual({ kind: 'whole' });
    expect(parseRange('', 1000)).toEqual({ kind: 'whole' });
  });

  it('reads start-end, open-ended and suffix ranges', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ kind: 'partial', start: 0, end: 99 });
    expect(parseRange('bytes=500-', 1000)).toEqual({ kind: 'partial', start: 500, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ kind: 'partial', start: 900, end: 999 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ kind: 'partial', start: 0, end: 999 });
  });

  it('clamps an end past the file to its last byte', () => {
    expect(parseRange('bytes=900-5000', 1000)).toEqual({ kind: 'partial', start: 900, end: 999 });
  });

  it('refuses ranges that cannot be satisfied with 416', () => {
    for (const header of [
      'bytes=1000-',
      'bytes=5-2',
      'bytes=-0',
      'bytes=-',
      'bytes=0-1,5-6',
      'bytes=abc',
      'bytes=1e3-',
    ]) {
      expect(parseRange(header, 1000), header).toEqual({ kind: 'unsatisfiable' });
    }
    expect(parseRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
  });

  it('ignores a Range in another unit, as the RFC allows', () => {
    expect(parseRange('items=0-5', 1000)).toEqual({ kind: 'whole' });
  });
});

describe('mediaResponseHead', () => {
  it('answers 206 with Content-Range and the length of the part', () => {
    const head = mediaResponseHead('bytes=10-19', 100, 'video/webm');
    expect(head.status).toBe(206);
    expect(head.headers).toMatchObject({
      'content-range': 'bytes 10-19/100',
      'content-length': '10',
      'accept-ranges': 'bytes',
      'content-type': 'video/webm',
    });
    expect(head.body).toEqual({ start: 10, end: 19 });
  });

  it('answers 200 with the full length and advertises ranges', () => {
    const head = mediaResponseHead(null, 100, 'audio/webm');
    expect(head.status).toBe(200);
    expect(head.headers).toMatchObject({ 'content-length': '100', 'accept-ranges': 'bytes' });
    expect(head.body).toEqual({ start: 0, end: 99 });
  });

  it('answers 416 with the size in Content-Range and no body', () => {
    const head = mediaResponseHead('bytes=200-300', 100, 'video/webm');
    expect(head.status).toBe(416);
    expect(head.headers['content-range']).toBe('bytes */100');
    expect(head.body).toBeNull();
  });
});
