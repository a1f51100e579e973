import type { Difficulty, PlanContext, PlanQuestion } from './plan-types';
import type { Level } from './level';
import { daysBetween } from './spaced-repetition';

/** Preferred difficulties for a level, most suitable first. */
export function difficultiesFor(level: Level): readonly Difficulty[] {
  if (level === 'beginner') return ['easy', 'medium', 'hard'];
  if (level === 'intermediate') return ['medium', 'hard', 'easy'];
  return ['hard', 'medium', 'easy'];
}

/** A question answered within this many days, and well, is not offered again in a plan. */
export const RECENT_DAYS = 7;
export const GOOD_SCORE = 75;

/**
 * Lower is better: unanswered first; then answered poorly and not lately; then answered long
 * ago; answered recently and well last.
 */
export function freshness(ctx: PlanContext, q: PlanQuestion): number {
  const h = ctx.history.get(q.id);
  if (!h) return 0;
  const age = daysBetween(h.lastDay, ctx.today);
  if (h.lastScore < GOOD_SCORE && age >= 1) return 1;
  if (age >= RECENT_DAYS * 4) return 2;
  if (h.lastScore < GOOD_SCORE) return 3;
  return age >= RECENT_DAYS ? 4 : 5;
}

/**
 * Orders candidates by freshness, then difficulty preference, then a seeded shuffle position (so
 * a plan is stable within a day and varies across days), then id. Each key is computed once per
 * candidate, not per comparison: plans rank the whole bank several times.
 */
export function rankQuestions(
  ctx: PlanContext,
  candidates: readonly PlanQuestion[],
  difficulties: readonly Difficulty[],
  order: ReadonlyMap<string, number>,
  preferTypes: readonly string[] = [],
): PlanQuestion[] {
  const diffRank = (d: Difficulty): number => {
    const i = difficulties.indexOf(d);
    return i < 0 ? difficulties.length : i;
  };
  const keyed = candidates.map((q) => ({
    q,
    fresh: freshness(ctx, q),
    type: preferTypes.length === 0 || preferTypes.includes(q.type) ? 0 : 1,
    diff: diffRank(q.difficulty),
    pos: order.get(q.id) ?? 0,
  }));
  keyed.sort(
    (a, b) => a.fresh - b.fresh || a.type - b.type || a.diff - b.diff || a.pos - b.pos || a.q.id.localeCompare(b.q.id),
  );
  return keyed.map((k) => k.q);
}

export function byCategory(questions: readonly PlanQuestion[]): Map<string, PlanQuestion[]> {
  const map = new Map<string, PlanQuestion[]>();
  for (const q of questions) {
    const list = map.get(q.category);
    if (list) list.push(q);
    else map.set(q.category, [q]);
  }
  return map;
}
