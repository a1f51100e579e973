/**
 * Spaced repetition for poorly answered questions (SM-2-like, simplified for interview answers).
 *
 * - An answer scoring below POOR_SCORE puts the question in review: step 0, due the next day.
 * - A passing answer given on or after the due day moves it one step up the ladder
 *   REVIEW_INTERVALS_DAYS (1, 3, 7, 14 days); a GREAT_SCORE answer moves it two steps (like
 *   SM-2's easy response). Climbing past the last step graduates it: out of review.
 * - A passing answer before the due day is extra practice: it does not move the schedule (SM-2
 *   would overweight a same-day cram).
 * - A poor answer at any time starts the ladder again.
 *
 * Only answers since the latest poor one matter, which is what lets the query read a short
 * suffix of each question's history (see electron/main/advisor).
 */
export const POOR_SCORE = 60;
export const GREAT_SCORE = 85;
export const REVIEW_INTERVALS_DAYS = [1, 3, 7, 14] as const;

export interface ReviewAnswer {
  score: number;
  /** Local day of the answer, YYYY-MM-DD. */
  day: string;
}

export type ReviewState =
  | { status: 'none' }
  | { status: 'graduated'; lastScore: number; lastDay: string }
  | {
      status: 'learning';
      /** 0-based position on the ladder. */
      step: number;
      dueDay: string;
      lastScore: number;
      lastDay: string;
      /** The poor answer that started this round. */
      poorScore: number;
      poorDay: string;
    };

/** Days since 1970-01-01 for a YYYY-MM-DD day (no Date object: this runs for every answer). */
function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

function dayString(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** The review state after a question's answers, given oldest first. */
export function reviewState(history: readonly ReviewAnswer[]): ReviewState {
  // Walked with day numbers; strings are made once at the end.
  let status: 'none' | 'learning' | 'graduated' = 'none';
  let step = 0;
  let due = 0;
  let last: ReviewAnswer | null = null;
  let poor: ReviewAnswer | null = null;
  for (const answer of history) {
    if (answer.score < POOR_SCORE) {
      status = 'learning';
      step = 0;
      due = dayNumber(answer.day) + REVIEW_INTERVALS_DAYS[0];
      last = answer;
      poor = answer;
      continue;
    }
    if (status === 'none') continue;
    last = answer;
    if (status === 'graduated') continue;
    const day = dayNumber(answer.day);
    // Early: extra practice, the schedule stays.
    if (day < due) continue;
    step += answer.score >= GREAT_SCORE ? 2 : 1;
    const interval: number | undefined = REVIEW_INTERVALS_DAYS[step];
    if (interval === undefined) status = 'graduated';
    else due = day + interval;
  }
  if (status === 'none' || !last) return { status: 'none' };
  if (status === 'graduated') return { status: 'graduated', lastScore: last.score, lastDay: last.day };
  const start = poor ?? last;
  return {
    status: 'learning',
    step,
    dueDay: dayString(due),
    lastScore: last.score,
    lastDay: last.day,
    poorScore: start.score,
    poorDay: start.day,
  };
}

export interface DueReview {
  questionId: string;
  step: number;
  dueDay: string;
  /** Days past due (0 when due today). */
  overdueDays: number;
  lastScore: number;
  lastDay: string;
  poorScore: number;
  poorDay: string;
}

/** Days from a to b (YYYY-MM-DD), positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return Math.round(dayNumber(b) - dayNumber(a));
}

/**
 * Questions due on `today` (or earlier), most overdue first, then lowest last score. `upcoming`
 * holds the ones still waiting, soonest first.
 */
export function dueReviews(
  histories: ReadonlyMap<string, readonly ReviewAnswer[]>,
  today: string,
): { due: DueReview[]; upcoming: DueReview[] } {
  const due: DueReview[] = [];
  const upcoming: DueReview[] = [];
  for (const [questionId, history] of histories) {
    const state = reviewState(history);
    if (state.status !== 'learning') continue;
    const item: DueReview = {
      questionId,
      step: state.step,
      dueDay: state.dueDay,
      overdueDays: Math.max(0, daysBetween(state.dueDay, today)),
      lastScore: state.lastScore,
      lastDay: state.lastDay,
      poorScore: state.poorScore,
      poorDay: state.poorDay,
    };
    (state.dueDay <= today ? due : upcoming).push(item);
  }
  due.sort(
    (a, b) => b.overdueDays - a.overdueDays || a.lastScore - b.lastScore || a.questionId.localeCompare(b.questionId),
  );
  upcoming.sort((a, b) => a.dueDay.localeCompare(b.dueDay) || a.questionId.localeCompare(b.questionId));
  return { due, upcoming };
}
