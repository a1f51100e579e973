import { mean, round1, sdFromSums } from './stats';
import { DEFAULT_SD, MIN_ATTEMPTS, PRIOR_WEIGHT, SD_FLOOR, STRONG_SCORE, WEAK_SCORE } from './thresholds';
import { trendOf, type Trend } from './trend';

export { trendOf, type Trend, type TrendLabel } from './trend';

/** Count, sum and sum of squares of scores: what one SQL GROUP BY returns. */
export interface ScoreAggregate {
  count: number;
  sum: number;
  sumSquares: number;
}

/** A category or a sub-skill as measured, ready to be judged. */
export interface SkillInput {
  id: string;
  scores: ScoreAggregate;
  /** The most recent scores, oldest first (at most TREND_WINDOW are used). */
  recent: readonly number[];
}

export type SkillStatus = 'weak' | 'ok' | 'strong' | 'not-enough';

export interface SkillAssessment {
  id: string;
  attempts: number;
  mean: number | null;
  /** The mean shrunk toward the user's overall average (see thresholds.ts). */
  estimate: number | null;
  /** 95% interval around the estimate. */
  low: number | null;
  high: number | null;
  trend: Trend;
  status: SkillStatus;
}

export interface Baseline {
  /** The user's overall average across everything being compared. */
  mean: number;
  sd: number;
}

export function combine(aggregates: readonly ScoreAggregate[]): ScoreAggregate {
  return aggregates.reduce(
    (acc, a) => ({ count: acc.count + a.count, sum: acc.sum + a.sum, sumSquares: acc.sumSquares + a.sumSquares }),
    {
      count: 0,
      sum: 0,
      sumSquares: 0,
    },
  );
}

export function baselineOf(total: ScoreAggregate): Baseline | null {
  if (total.count === 0) return null;
  return { mean: total.sum / total.count, sd: sdFromSums(total.count, total.sum, total.sumSquares) ?? DEFAULT_SD };
}

/**
 * Judges one category or sub-skill against the user's own baseline.
 * Weak: enough answers, and either the shrunk estimate is below WEAK_SCORE or the whole 95%
 * interval lies below the user's average. Strong: the estimate reaches STRONG_SCORE or the whole
 * interval lies above the average.
 */
export function assessSkill(input: SkillInput, baseline: Baseline | null): SkillAssessment {
  const { count, sum, sumSquares } = input.scores;
  const trend = trendOf(input.recent);
  if (count === 0 || !baseline) {
    return {
      id: input.id,
      attempts: count,
      mean: null,
      estimate: null,
      low: null,
      high: null,
      trend,
      status: 'not-enough',
    };
  }
  const m = sum / count;
  const estimate = (sum + PRIOR_WEIGHT * baseline.mean) / (count + PRIOR_WEIGHT);
  const sd = Math.max(sdFromSums(count, sum, sumSquares) ?? baseline.sd, SD_FLOOR);
  // The interval is around the shrunk estimate, with the prior counted as PRIOR_WEIGHT answers
  // (a normal model with a prior at the baseline), so the estimate always sits inside it.
  const half = (1.96 * sd) / Math.sqrt(count + PRIOR_WEIGHT);
  const low = estimate - half;
  const high = estimate + half;
  let status: SkillStatus;
  if (count < MIN_ATTEMPTS) status = 'not-enough';
  else if (estimate < WEAK_SCORE || high < baseline.mean) status = 'weak';
  else if (estimate >= STRONG_SCORE || low > baseline.mean) status = 'strong';
  else status = 'ok';
  return {
    id: input.id,
    attempts: count,
    mean: round1(m),
    estimate: round1(estimate),
    low: round1(Math.max(0, low)),
    high: round1(Math.min(100, high)),
    trend,
    status,
  };
}

/**
 * All skills judged against the baseline of the same measure, weakest estimate first among the
 * judged ones, then the not-yet-judged ones by number of answers.
 */
export function assessAll(inputs: readonly SkillInput[], baselineAggregate?: ScoreAggregate): SkillAssessment[] {
  const baseline = baselineOf(baselineAggregate ?? combine(inputs.map((i) => i.scores)));
  return inputs.map((input) => assessSkill(input, baseline)).sort(byWeakness);
}

function byWeakness(a: SkillAssessment, b: SkillAssessment): number {
  const aJudged = a.status !== 'not-enough';
  const bJudged = b.status !== 'not-enough';
  if (aJudged !== bJudged) return aJudged ? -1 : 1;
  if (aJudged) return (a.estimate ?? 0) - (b.estimate ?? 0) || a.id.localeCompare(b.id);
  return b.attempts - a.attempts || a.id.localeCompare(b.id);
}

/** The recent average of a list of scores, or null. */
export function recentAverage(scores: readonly number[]): number | null {
  const m = mean(scores);
  return m === null ? null : round1(m);
}
