export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : String(Math.round(score));
}

export function formatDays(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** A date in the user's locale ("6 Dec 2026", "Dec 6, 2026", …): the one date format of the app. */
export function formatDate(iso: string, locale?: string): string {
  return new Date(iso).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
}

/**
 * When something happened, as it reads after a verb or a label: "just now", "5 minutes ago",
 * "yesterday", "3 days ago", or the date. Never "this minute" or "in 0 minutes" (a clock a little
 * behind the data's would say so): anything within a minute either side is "just now".
 */
export function formatWhen(iso: string, now: Date = new Date(), locale?: string): string {
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  if (Math.abs(seconds) < 60) return 'just now';
  const minutes = Math.trunc(seconds / 60);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.trunc(minutes / 60);
  if (Math.abs(hours) < 24) return relative.format(hours, 'hour');
  const days = Math.round(hours / 24);
  if (Math.abs(days) < 14) return relative.format(days, 'day');
  return formatDate(iso, locale);
}

export function scoreTone(score: number): 'good' | 'ok' | 'weak' {
  if (score >= 75) return 'good';
  if (score >= 55) return 'ok';
  return 'weak';
}

export function titleCase(slug: string): string {
  return slug
    .split('-')
    .map((w) => (w.length <= 2 && w !== 'hr' ? w : w === 'hr' ? 'HR' : w[0]?.toUpperCase() + w.slice(1)))
    .join(' ');
}
