import { MASTERY_ANSWERS, MASTERY_AVERAGE } from '../badges/badge-rules';
import type { SkillAssessment } from './assess';
import { categoryLabel, SUBSKILL_LABELS, type Subskill } from './labels';
import {
  PLAN_SIZES,
  type Difficulty,
  type PlanContext,
  type PlanItem,
  type PlanKind,
  type PlanProposal,
  type PlanQuestion,
} from './plan-types';
import { byCategory, difficultiesFor, rankQuestions } from './question-picking';
import { daysBetween, REVIEW_INTERVALS_DAYS } from './spaced-repetition';
import { seededRandom, shuffled } from './stats';
import { shortDate } from '../reports/day-math';
import { MIN_ATTEMPTS } from './thresholds';

export interface PlanOptions {
  /** The category for a mastery plan; the advisor picks one when absent. */
  category?: string;
  /** Varies the pick between days; defaults to the context's day. */
  seed?: string;
}

/** Question types that exercise each sub-skill most directly. */
const TYPES_FOR_SUBSKILL: Readonly<Record<Subskill, readonly string[]>> = {
  structure: ['behavioral', 'situational'],
  content: ['technical', 'design', 'case'],
  language: ['motivational', 'behavioral'],
  delivery: [],
};

class Picker {
  readonly items: PlanItem[] = [];
  private readonly used = new Set<string>();
  constructor(readonly size: number) {}
  get full(): boolean {
    return this.items.length >= this.size;
  }
  has(id: string): boolean {
    return this.used.has(id);
  }
  add(q: PlanQuestion, reason: string): boolean {
    if (this.full || this.used.has(q.id)) return false;
    this.used.add(q.id);
    this.items.push({ questionId: q.id, text: q.text, category: q.category, difficulty: q.difficulty, reason });
    return true;
  }
}

function fmt(score: number): string {
  return String(Math.round(score));
}

function formatDay(day: string): string {
  return shortDate(day, true);
}

function judged(ctx: PlanContext): SkillAssessment[] {
  return ctx.categories.filter((c) => c.status !== 'not-enough');
}

function weakestSubskill(ctx: PlanContext): Subskill | null {
  const weak = ctx.subskills.find((s) => s.status === 'weak');
  return weak ? (weak.id as Subskill) : null;
}

function shuffleOrder(ctx: PlanContext, seed: string): Map<string, number> {
  const order = shuffled(
    ctx.questions.map((q) => q.id),
    seededRandom(seed),
  );
  return new Map(order.map((id, i) => [id, i]));
}

/** The reason, then what the user has done with the question: new, or the last score. */
function reasonForFresh(ctx: PlanContext, q: PlanQuestion, why: string): string {
  const h = ctx.history.get(q.id);
  if (!h) return `${why}. New to you.`;
  return `${why}. Last time you scored ${fmt(h.lastScore)} (${formatDay(h.lastDay)}).`;
}

function addDueReviews(ctx: PlanContext, picker: Picker, limit: number): void {
  const byId = new Map(ctx.questions.map((q) => [q.id, q]));
  let added = 0;
  for (const review of ctx.due) {
    if (added >= limit) break;
    const q = byId.get(review.questionId);
    if (!q) continue;
    const overdue =
      review.overdueDays > 0 ? `, ${review.overdueDays} ${review.overdueDays === 1 ? 'day' : 'days'} overdue` : '';
    const reason = `Due for another try: you scored ${fmt(review.poorScore)} on ${formatDay(review.poorDay)} (review ${review.step + 1} of ${REVIEW_INTERVALS_DAYS.length}${overdue}).`;
    if (picker.add(q, reason)) added++;
  }
}

function dailyPlan(ctx: PlanContext, seed: string): PlanProposal {
  const picker = new Picker(PLAN_SIZES.daily);
  const order = shuffleOrder(ctx, seed);
  const diffs = difficultiesFor(ctx.level);
  const perCategory = byCategory(ctx.questions);
  const base = { kind: 'daily' as const, title: 'Daily practice', category: null, unavailable: null };
  if (ctx.questions.length === 0) {
    return {
      ...base,
      summary: '',
      items: [],
      unavailable:
        'There are no questions to practise. The question bank may have failed to load; add your own questions to get started.',
    };
  }

  if (ctx.totalAnswers === 0) {
    // A first look at five categories, easiest first, opening with an HR question as interviews do.
    const cats = [...perCategory.keys()].sort((a, b) =>
      a === 'hr-general' ? -1 : b === 'hr-general' ? 1 : ctx.allCategories.indexOf(a) - ctx.allCategories.indexOf(b),
    );
    for (const cat of cats) {
      const best = rankQuestions(ctx, perCategory.get(cat) ?? [], ['easy', 'medium', 'hard'], order)[0];
      if (best) picker.add(best, `A first look at ${categoryLabel(cat)} (${best.difficulty}).`);
    }
    return {
      ...base,
      summary:
        'Five questions from different categories to find your starting point. The advisor learns from every answer.',
      items: picker.items,
    };
  }

  addDueReviews(ctx, picker, 2);

  const weak = judged(ctx).filter((c) => c.status === 'weak');
  const targets = weak.length > 0 ? weak.slice(0, 2) : judged(ctx).slice(0, 1);
  for (const cat of targets) {
    const q = rankQuestions(
      ctx,
      (perCategory.get(cat.id) ?? []).filter((c) => !picker.has(c.id)),
      diffs,
      order,
    )[0];
    if (!q) continue;
    const why =
      cat.status === 'weak'
        ? `${categoryLabel(cat.id)} is a weak area (estimate ${fmt(cat.estimate ?? 0)} from ${cat.attempts} answers)`
        : `${categoryLabel(cat.id)} is your lowest-scoring category so far (${fmt(cat.estimate ?? 0)})`;
    picker.add(q, reasonForFresh(ctx, q, why));
  }

  // The category left alone longest (never practised counts as longest).
  const stale = [...perCategory.keys()]
    .map((cat) => ({ cat, last: ctx.lastPractised.get(cat) ?? null }))
    .sort(
      (a, b) =>
        (a.last === null ? -1 : b.last === null ? 1 : a.last.localeCompare(b.last)) ||
        ctx.allCategories.indexOf(a.cat) - ctx.allCategories.indexOf(b.cat),
    );
  const usedCategories = new Set(picker.items.map((i) => i.category));
  for (const { cat, last } of stale) {
    if (picker.items.length >= PLAN_SIZES.daily - 1) break;
    if (usedCategories.has(cat)) continue;
    const q = rankQuestions(
      ctx,
      (perCategory.get(cat) ?? []).filter((c) => !picker.has(c.id)),
      diffs,
      order,
    )[0];
    if (!q) continue;
    const reason =
      last === null
        ? `You haven't practised ${categoryLabel(cat)} yet (${q.difficulty}).`
        : `Last practised ${categoryLabel(cat)} ${daysBetween(last, ctx.today)} days ago (${q.difficulty}).`;
    if (picker.add(q, reason)) usedCategories.add(cat);
  }

  // Fill with fresh questions at the user's level, one per category while categories last.
  const rest = rankQuestions(
    ctx,
    ctx.questions.filter((q) => !picker.has(q.id)),
    diffs,
    order,
  );
  for (const q of rest) {
    if (picker.full) break;
    if (usedCategories.has(q.category) && usedCategories.size < perCategory.size) continue;
    if (
      picker.add(
        q,
        reasonForFresh(
          ctx,
          q,
          `A ${q.difficulty} question in ${categoryLabel(q.category)}, suited to your level (${ctx.level})`,
        ),
      )
    )
      usedCategories.add(q.category);
  }
  for (const q of rest)
    if (!picker.full)
      picker.add(
        q,
        reasonForFresh(
          ctx,
          q,
          `A ${q.difficulty} question in ${categoryLabel(q.category)}, suited to your level (${ctx.level})`,
        ),
      );

  return {
    ...base,
    summary: 'Reviews that are due, your weak spots and a category you have not touched lately — about 20 minutes.',
    items: picker.items,
  };
}

function weakAreasPlan(ctx: PlanContext, seed: string): PlanProposal {
  const base = { kind: 'weak-areas' as const, title: 'Improve weak areas', category: null };
  const scored = judged(ctx);
  if (scored.length === 0) {
    return {
      ...base,
      summary: '',
      items: [],
      unavailable:
        ctx.totalAnswers === 0
          ? `No answers yet. The advisor needs ${MIN_ATTEMPTS} answers in a category before it can call it weak — start with the daily plan.`
          : `Not enough answers to be sure yet: the advisor needs ${MIN_ATTEMPTS} answers in a category (you have ${ctx.totalAnswers} in all). Keep practising with the daily plan.`,
    };
  }
  const picker = new Picker(PLAN_SIZES['weak-areas']);
  const order = shuffleOrder(ctx, seed);
  const perCategory = byCategory(ctx.questions);
  const weak = scored.filter((c) => c.status === 'weak');
  const targets = (weak.length > 0 ? weak : scored).filter((c) => (perCategory.get(c.id)?.length ?? 0) > 0).slice(0, 3);
  const sub = weakestSubskill(ctx);
  const preferTypes = sub ? TYPES_FOR_SUBSKILL[sub] : [];
  const diffs =
    ctx.level === 'beginner' ? (['easy', 'medium', 'hard'] as const) : (['medium', 'easy', 'hard'] as const);
  if (targets.length === 0) {
    return {
      ...base,
      summary: '',
      items: [],
      unavailable:
        'Your weakest categories have no questions left in the bank. Add your own questions in them, or try category mastery.',
    };
  }
  addDueReviews(
    {
      ...ctx,
      due: ctx.due.filter((d) =>
        targets.some((t) => ctx.questions.find((q) => q.id === d.questionId)?.category === t.id),
      ),
    },
    picker,
    2,
  );
  const perTarget = Math.ceil(PLAN_SIZES['weak-areas'] / targets.length);
  for (const cat of targets) {
    const ranked = rankQuestions(
      ctx,
      (perCategory.get(cat.id) ?? []).filter((q) => !picker.has(q.id)),
      diffs,
      order,
      preferTypes,
    );
    let taken = picker.items.filter((i) => i.category === cat.id).length;
    for (const q of ranked) {
      if (taken >= perTarget || picker.full) break;
      const why =
        cat.status === 'weak'
          ? `${categoryLabel(cat.id)} is weak: estimate ${fmt(cat.estimate ?? 0)} (95% range ${fmt(cat.low ?? 0)}–${fmt(cat.high ?? 0)}) from ${cat.attempts} answers${cat.trend.label === 'declining' ? ', and falling' : ''}`
          : `${categoryLabel(cat.id)} is among your lowest categories (${fmt(cat.estimate ?? 0)})`;
      const subNote =
        sub && preferTypes.includes(q.type)
          ? `. As a ${q.type} question it also trains ${SUBSKILL_LABELS[sub].toLowerCase()}, your weakest sub-skill`
          : '';
      if (picker.add(q, reasonForFresh(ctx, q, why + subNote))) taken++;
    }
  }
  const names = targets.map((t) => categoryLabel(t.id)).join(', ');
  const subText = sub
    ? ` Your weakest sub-skill is ${SUBSKILL_LABELS[sub].toLowerCase()}; the plan leans toward questions that train it.`
    : '';
  const summary =
    weak.length > 0
      ? `Focused work on ${names}, where your scores are reliably lowest.${subText}`
      : `Nothing is clearly weak yet, so this works on your lowest categories so far: ${names}.${subText}`;
  return { ...base, summary, items: picker.items, unavailable: null };
}

function advancedPlan(ctx: PlanContext, seed: string): PlanProposal {
  const base = { kind: 'advanced' as const, title: 'Advanced prep', category: null };
  const picker = new Picker(PLAN_SIZES.advanced);
  const order = shuffleOrder(ctx, seed);
  const status = new Map(ctx.categories.map((c) => [c.id, c]));
  // Hard questions first where the user is not weak; design and case questions stretch most.
  const eligible = ctx.questions.filter((q) => status.get(q.category)?.status !== 'weak');
  const pool = eligible.length > 0 ? eligible : ctx.questions;
  if (pool.length === 0) return { ...base, summary: '', items: [], unavailable: 'There are no questions to practise.' };
  const ranked = rankQuestions(ctx, pool, ['hard', 'medium', 'easy'] as readonly Difficulty[], order, [
    'design',
    'case',
    'technical',
    'behavioral',
  ]);
  const used = new Set<string>();
  const reasonFor = (q: PlanQuestion): string => {
    const s = status.get(q.category);
    const where =
      s && s.status === 'strong'
        ? `you are strong in ${categoryLabel(q.category)} (${fmt(s.estimate ?? 0)})`
        : `stretch work in ${categoryLabel(q.category)}`;
    return reasonForFresh(ctx, q, `A ${q.difficulty} ${q.type} question: ${where}`);
  };
  for (const q of ranked) {
    if (picker.full) break;
    if (used.has(q.category)) continue;
    if (picker.add(q, reasonFor(q))) used.add(q.category);
  }
  for (const q of ranked) if (!picker.full) picker.add(q, reasonFor(q));
  const summary =
    ctx.level === 'beginner'
      ? 'Hard questions across categories. Best once you reach intermediate — expect lower scores for now.'
      : 'The hardest questions in the categories you are not weak in, one per category: what a final-round interview feels like.';
  return { ...base, summary, items: picker.items, unavailable: null };
}

/** The category closest to mastery that is not mastered yet; else the first with questions. */
export function defaultMasteryCategory(ctx: PlanContext): string | null {
  const withQuestions = new Set(ctx.questions.map((q) => q.category));
  const candidates = ctx.categories
    .filter(
      (c) =>
        withQuestions.has(c.id) &&
        c.attempts > 0 &&
        !(c.attempts >= MASTERY_ANSWERS && (c.mean ?? 0) >= MASTERY_AVERAGE),
    )
    .sort((a, b) => (b.mean ?? 0) - (a.mean ?? 0) || b.attempts - a.attempts || a.id.localeCompare(b.id));
  return candidates[0]?.id ?? ctx.allCategories.find((c) => withQuestions.has(c)) ?? null;
}

function masteryPlan(ctx: PlanContext, category: string | undefined, seed: string): PlanProposal {
  const chosen = category ?? defaultMasteryCategory(ctx);
  const base = {
    kind: 'mastery' as const,
    title: chosen ? `Category mastery: ${categoryLabel(chosen)}` : 'Category mastery',
    category: chosen,
  };
  if (!chosen)
    return { ...base, summary: '', items: [], unavailable: 'There are no questions to practise in any category.' };
  const inCategory = ctx.questions.filter((q) => q.category === chosen);
  if (inCategory.length === 0) {
    return {
      ...base,
      summary: '',
      items: [],
      unavailable: `There are no questions in ${categoryLabel(chosen)} yet. Add your own questions in that category, or choose another category.`,
    };
  }
  const assessment = ctx.categories.find((c) => c.id === chosen);
  const order = shuffleOrder(ctx, seed);
  const picker = new Picker(PLAN_SIZES.mastery);
  // Not yet mastered: never answered, or best below the mastery average.
  const open = inCategory.filter((q) => (ctx.history.get(q.id)?.bestScore ?? 0) < MASTERY_AVERAGE);
  const pool = open.length > 0 ? open : inCategory;
  const ranked = (['easy', 'medium', 'hard'] as const).flatMap((d) =>
    rankQuestions(
      ctx,
      pool.filter((q) => q.difficulty === d),
      [d],
      order,
    ),
  );
  for (const q of ranked) {
    const h = ctx.history.get(q.id);
    picker.add(
      q,
      h
        ? `Best so far ${fmt(h.bestScore)} — aim for ${MASTERY_AVERAGE} (${q.difficulty}).`
        : `Not answered yet (${q.difficulty}).`,
    );
  }
  const now =
    assessment && assessment.attempts > 0
      ? ` You have ${assessment.attempts} answers here averaging ${fmt(assessment.mean ?? 0)}.`
      : ' You have not answered any here yet.';
  return {
    ...base,
    summary: `Mastery means ${MASTERY_ANSWERS} answers in ${categoryLabel(chosen)} averaging ${MASTERY_AVERAGE} or more.${now} Easier questions first, building up.`,
    items: picker.items,
    unavailable: null,
  };
}

/** One plan of the given kind, from the user's data in `ctx`. Pure: same input, same plan. */
export function buildPlan(kind: PlanKind, ctx: PlanContext, options: PlanOptions = {}): PlanProposal {
  const seed = `${options.seed ?? ctx.today}:${kind}`;
  switch (kind) {
    case 'daily':
      return dailyPlan(ctx, seed);
    case 'weak-areas':
      return weakAreasPlan(ctx, seed);
    case 'advanced':
      return advancedPlan(ctx, seed);
    case 'mastery':
      return masteryPlan(ctx, options.category, seed);
  }
}
