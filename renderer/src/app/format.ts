export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : String(Math.round(score));
}

export function formatDays(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export function formatWhen(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  const minutes = Math.round((then.getTime() - now.getTime()) / 60_000);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return relative.format(hours, 'hour');
  const days = Math.round(hours / 24);
  if (Math.abs(days) < 14) return relative.format(days, 'day');
  return then.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
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
