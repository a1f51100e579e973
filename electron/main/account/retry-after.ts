/**
 * How long a Retry-After header asks us to wait, in milliseconds: delta-seconds ("120") or an
 * HTTP date (RFC 9110 §10.2.3). Null when absent or unreadable; never negative.
 */
export function retryAfterMs(header: string | null, now: Date = new Date()): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}
