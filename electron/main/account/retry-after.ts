/**
 * How long a Retry-After header asks us to wait, in milliseconds: delta-seconds ("120") or an
 * HTTP date (RFC 9110 §10.2.3). Null when absent or unreadable; never negative.
 */
export function retryAfterMs(header: string | null, now: Date = new Date()): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its weekday and month; anything else (e.g. "-5") is not one, whatever Date.parse makes of it.
  if (!/[a-z]/i.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}
