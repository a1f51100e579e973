import { dayNumber, shiftDay } from '../reports/day-math';
import type { Rng } from './rng';

/**
 * The shape of a sample practice history, before any answer text: which days were practised,
 * how many answers each day, in which category and mode, how good each answer should be, and
 * which answers were mock interviews. Pure: a seed in, the same history out.
 */
export type SampleMode = 'text' | 'audio' | 'video';

export interface PlannedAttempt {
  day: string;
  /** Minutes after local midnight (fractional). */
  minute: number;
  category: string;
  mode: SampleMode;
  /** The overall score this answer should land near. */
  target: number;
  /** Index into the plan's mock sessions, when the answer was part of one. */
  session: number | null;
}

export interface PlannedSession {
  day: string;
  minute: number;
  mode: SampleMode;
  categories: string[];
}

export interface SamplePlan {
  from: string;
  to: string;
  attempts: PlannedAttempt[];
  sessions: PlannedSession[];
  /** The kind of learner each category was given (for the documentation and tests). */
  profiles: Record<string, ProfileName>;
}

export const MOCK_QUESTIONS = 5;

export type ProfileName = 'strong' | 'steady' | 'late-bloomer' | 'plateau' | 'weak';

/** Score at the start and end of the history, and how the change is spread over it (0–1 → 0–1). */
const PROFILES: Record<ProfileName, { start: number; end: number; shape: (t: number) => number }> = {
  strong: { start: 68, end: 84, shape: (t) => Math.sqrt(t) },
  steady: { start: 50, end: 75, shape: (t) => t },
  'late-bloomer': { start: 44, end: 73, shape: (t) => (t < 0.5 ? t * 0.2 : 0.1 + ((t - 0.5) / 0.5) * 0.9) },
  plateau: { start: 54, end: 68, shape: (t) => Math.min(1, t / 0.4) },
  weak: { start: 36, end: 52, shape: (t) => t * t },
};

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** How many days a history of n answers spans: two months at least, two years at most. */
export function sampleSpanDays(n: number): number {
  return clamp(Math.round(n / 3), 60, 730);
}

export function mockSessionCount(n: number): number {
  return n < MOCK_QUESTIONS * 2 ? 0 : clamp(Math.round(n / 100), 2, 12);
}

function assignProfiles(categories: readonly string[], rng: Rng): Record<string, ProfileName> {
  // At least two strong and two weak-ish categories, so reports and the advisor have something to say.
  const base: ProfileName[] = ['strong', 'strong', 'weak', 'late-bloomer', 'plateau'];
  const rest: ProfileName[] = ['steady', 'steady', 'plateau', 'strong', 'weak', 'late-bloomer', 'steady'];
  const names = [...base, ...rng.shuffle(rest)];
  const order = rng.shuffle(categories);
  return Object.fromEntries(order.map((c, i) => [c, names[i % names.length] as ProfileName]));
}

/** Practised days: habits that run for a while and lapse, one longer break, and a streak up to today. */
function practiceDays(from: string, to: string, rng: Rng): string[] {
  const span = dayNumber(to) - dayNumber(from) + 1;
  const breakStart = Math.floor(span * (0.35 + rng.next() * 0.2));
  const breakLength = Math.min(10, Math.floor(span * 0.08));
  const days: string[] = [];
  let active = true;
  for (let i = 0; i < span; i++) {
    const inBreak = i >= breakStart && i < breakStart + breakLength;
    active = inBreak ? false : rng.chance(active ? 0.78 : 0.45);
    // The history starts on its first day and ends with a few days' streak up to today.
    if (i === 0 || i >= span - 4) active = true;
    if (active) days.push(shiftDay(from, i));
  }
  return days;
}

/** n answers spread over the days, busier days weighted at random, each practised day getting one at least. */
function answersPerDay(days: readonly string[], n: number, rng: Rng): Map<string, number> {
  const chosen = n >= days.length ? [...days] : rng.shuffle(days).slice(0, n).sort();
  const weights = chosen.map(
    (_, i) => (0.6 + 0.8 * (i / Math.max(1, chosen.length - 1))) * Math.exp(rng.normal(0, 0.5)),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = chosen.map((_, i) => 1 + Math.floor(((weights[i] ?? 0) / total) * (n - chosen.length)));
  let left = n - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % counts.length, left--) counts[i] = (counts[i] ?? 0) + 1;
  return new Map(chosen.map((d, i) => [d, counts[i] ?? 1]));
}

export interface SamplePlanOptions {
  attempts: number;
  today: string;
  categories: readonly string[];
}

export function planSample(options: SamplePlanOptions, rng: Rng): SamplePlan {
  const n = Math.max(0, Math.floor(options.attempts));
  const to = options.today;
  const from = shiftDay(to, -(sampleSpanDays(n) - 1));
  const categories = options.categories.length ? options.categories : ['behavioral'];
  const profiles = assignProfiles(categories, rng);
  const perDay = answersPerDay(practiceDays(from, to, rng), n, rng);
  const days = [...perDay.keys()].sort();
  const span = dayNumber(to) - dayNumber(from);
  const dipAt = 0.6 + rng.next() * 0.1;

  // Mock interviews on practised days with room for five answers, more of them later on.
  const sessionCount = mockSessionCount(n);
  const roomy = days.filter((d) => (perDay.get(d) ?? 0) >= MOCK_QUESTIONS);
  // Weighted sampling without replacement (key = u^(1/w)), weights growing towards today.
  const keyed = roomy.map((d) => ({
    d,
    key: rng.next() ** (1 / (1 + (2 * (dayNumber(d) - dayNumber(from))) / Math.max(1, span))),
  }));
  const sessionDays = new Set(
    keyed
      .sort((a, b) => b.key - a.key)
      .slice(0, sessionCount)
      .map((k) => k.d),
  );
  const sessions: PlannedSession[] = [];
  const categoryWeights = new Map(categories.map((c) => [c, 0.5 + rng.next()]));
  const weighted = (focus: string | null): string => {
    let total = 0;
    for (const [c, w] of categoryWeights) total += c === focus ? w * 4 : w;
    let r = rng.next() * total;
    for (const [c, w] of categoryWeights) {
      r -= c === focus ? w * 4 : w;
      if (r <= 0) return c;
    }
    return categories[0] ?? 'behavioral';
  };

  const attempts: PlannedAttempt[] = [];
  let focus: string | null = null;
  for (const [index, day] of days.entries()) {
    // Every few days the learner concentrates on one category for a while; the first days try each once.
    if (index % 6 === 0) focus = rng.chance(0.6) ? rng.pick(categories) : null;
    if (index < categories.length) focus = categories[index] ?? null;
    const t = span > 0 ? (dayNumber(day) - dayNumber(from)) / span : 1;
    const count = perDay.get(day) ?? 0;
    // A sitting starts between 7:30 and 21:00; a very busy day (a large generated history) starts
    // early and packs its answers closer together so they all stay on the day.
    let minute = count > 60 ? 6 * 60 : rng.int(7 * 60 + 30, 21 * 60);
    const step = Math.min(7, (23 * 60 + 59 - minute) / Math.max(1, count));
    const spokenShare = 0.15 + 0.35 * t;
    let sessionIndex: number | null = null;
    let sessionLeft = 0;
    if (sessionDays.has(day)) {
      sessionIndex = sessions.length;
      sessionLeft = MOCK_QUESTIONS;
      sessions.push({ day, minute, mode: rng.chance(0.25) ? 'audio' : 'text', categories: [] });
    }
    for (let k = 0; k < count; k++) {
      const inSession = sessionLeft > 0 && sessionIndex !== null;
      const session = inSession ? sessions[sessionIndex as number] : undefined;
      const category = weighted(inSession ? null : focus);
      const mode: SampleMode = session
        ? session.mode
        : rng.chance(spokenShare)
          ? rng.chance(0.3)
            ? 'video'
            : 'audio'
          : 'text';
      const profile = PROFILES[profiles[category] ?? 'steady'];
      const dip = Math.abs(t - dipAt) < 0.05 ? -7 : 0;
      const target = clamp(
        profile.start +
          (profile.end - profile.start) * profile.shape(t) +
          dip +
          (mode === 'text' ? 0 : -3) +
          rng.normal(0, 7),
        15,
        97,
      );
      attempts.push({
        day,
        minute: Math.min(minute, 23 * 60 + 59),
        category,
        mode,
        target: Math.round(target),
        session: inSession ? sessionIndex : null,
      });
      if (session) session.categories.push(category);
      if (inSession) sessionLeft--;
      minute += step * (0.5 + rng.next());
    }
  }
  return { from, to, attempts, sessions, profiles };
}
