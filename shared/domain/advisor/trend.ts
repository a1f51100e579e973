import { mean, round1 } from './stats';
import { TREND_CHANGE, TREND_MIN, TREND_WINDOW } from './thresholds';

export type TrendLabel = 'improving' | 'declining' | 'steady' | 'unknown';

/**
 * The recent trend as two plain averages: the later half of the window against the earlier half.
 * A fitted line's rise across the window (what this replaced) extrapolates, so a few outliers
 * made it reach -76 or even beyond the 0–100 range; a difference of two averages of 0–100 scores
 * can never leave -100…100 and always reads as "your last 5 answers average X, the 5 before Y".
 */
export interface Trend {
  label: TrendLabel;
  /** later − earlier, in score points; null without enough answers. */
  change: number | null;
  /** Answers compared: the last `window` answers, split into two halves of window / 2. */
  window: number;
  /** Average of the older half of the window. */
  earlier: number | null;
  /** Average of the newer half of the window. */
  later: number | null;
}

/** `recent` oldest first; only the last TREND_WINDOW (rounded down to even) are used. */
export function trendOf(recent: readonly number[]): Trend {
  const available = Math.min(recent.length, TREND_WINDOW);
  if (available < TREND_MIN) return { label: 'unknown', change: null, window: available, earlier: null, later: null };
  const half = Math.floor(available / 2);
  const window = recent.slice(-2 * half);
  const earlier = round1(mean(window.slice(0, half)) ?? 0);
  const later = round1(mean(window.slice(half)) ?? 0);
  const change = round1(later - earlier);
  const label: TrendLabel = change >= TREND_CHANGE ? 'improving' : change <= -TREND_CHANGE ? 'declining' : 'steady';
  return { label, change, window: 2 * half, earlier, later };
}

/** The short mark shown in a table cell: "+8", "−8" or "Steady" (sign always from `change`). */
export function trendMark(trend: Trend): string {
  if (trend.label === 'unknown' || trend.change === null) return '—';
  if (trend.label === 'steady') return 'Steady';
  const points = Math.round(Math.abs(trend.change));
  return `${trend.change > 0 ? '+' : '−'}${points}`;
}

/** The same figure in words, for next to the mark: what was compared with what. */
export function trendSentence(trend: Trend): string {
  if (trend.label === 'unknown' || trend.change === null || trend.earlier === null || trend.later === null) {
    return `Needs ${TREND_MIN} answers to show a trend.`;
  }
  const half = trend.window / 2;
  const answers = half === 1 ? 'answer' : 'answers';
  const last = `Your last ${half} ${answers} average ${Math.round(trend.later)}`;
  const before = `the ${half} before ${Math.round(trend.earlier)}`;
  const points = Math.round(Math.abs(trend.change));
  if (trend.label === 'steady') return `${last}, ${before}: steady (within ${TREND_CHANGE - 1} points).`;
  return `${last}, ${before}: ${trend.label === 'improving' ? 'up' : 'down'} ${points} ${points === 1 ? 'point' : 'points'}.`;
}
