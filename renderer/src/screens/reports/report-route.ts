import { shiftDay } from '../../../../shared/domain/reports/day-math';
import { localDay } from '../../../../shared/domain/stats/local-day';
import { hrefFor, navigate } from '../../app/router';

/** Where the Reports screen is: which tab, which period and category, which attempt is open. */
export type Period = '30d' | '90d' | '12m' | 'all' | 'custom';
export type ReportsTab = 'overview' | 'history';

export interface ReportsLocation {
  tab: ReportsTab;
  period: Period;
  category: string | null;
  from: string | null;
  to: string | null;
  attempt: string | null;
}

export const PERIODS: ReadonlyArray<{ value: Period; label: string }> = [
  { value: '30d', label: '30 days' },
  { value: '90d', label: '90 days' },
  { value: '12m', label: '12 months' },
  { value: 'all', label: 'All time' },
  { value: 'custom', label: 'Custom' },
];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readReportsLocation(params: URLSearchParams): ReportsLocation {
  const period = PERIODS.some((p) => p.value === params.get('period')) ? (params.get('period') as Period) : '90d';
  const day = (key: string) => {
    const v = params.get(key);
    return v && DAY.test(v) ? v : null;
  };
  return {
    tab: params.get('tab') === 'history' ? 'history' : 'overview',
    period,
    category: params.get('category') || null,
    from: day('from'),
    to: day('to'),
    attempt: params.get('attempt') || null,
  };
}

function toParams(l: Partial<ReportsLocation>): Record<string, string> {
  const params: Record<string, string> = {};
  if (l.tab && l.tab !== 'overview') params.tab = l.tab;
  if (l.period && l.period !== '90d') params.period = l.period;
  if (l.category) params.category = l.category;
  if (l.period === 'custom' && l.from) params.from = l.from;
  if (l.period === 'custom' && l.to) params.to = l.to;
  if (l.attempt) params.attempt = l.attempt;
  return params;
}

export function reportsHref(l: Partial<ReportsLocation>): string {
  return hrefFor('reports', toParams(l));
}

export function goToReports(l: Partial<ReportsLocation>): void {
  navigate('reports', toParams(l));
}

/** The dates a period covers, ending today (local time). */
export function periodRange(
  l: Pick<ReportsLocation, 'period' | 'from' | 'to'>,
  now = new Date(),
): { from: string | null; to: string | null } {
  const today = localDay(now);
  switch (l.period) {
    case '30d':
      return { from: shiftDay(today, -29), to: today };
    case '90d':
      return { from: shiftDay(today, -89), to: today };
    case '12m':
      return { from: shiftDay(today, -364), to: today };
    case 'all':
      return { from: null, to: null };
    case 'custom':
      return { from: l.from, to: l.to && l.from && l.to < l.from ? l.from : l.to };
  }
}
