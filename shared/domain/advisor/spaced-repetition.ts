import { addDays } from '../stats/local-day';

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

/** The review state after a question's answers, given oldest first. */
export function reviewState(history: readonly ReviewAnswer[]): ReviewState {
  let state: ReviewState = { status: 'none' };
  for (const answer of history) {
    if (answer.score < POOR_SCORE) {
      state = {
        status: 'learning',
        step: 0,
        dueDay: addDays(answer.day, REVIEW_INTERVALS_DAYS[0]),
        lastScore: answer.score,
        lastDay: answer.day,
        poorScore: answer.score,
        poorDay: answer.day,
      };
      continue;
    }
    if (state.status === 'none') continue;
    if (state.status === 'graduated') {
      state = { status: 'graduated', lastScore: answer.score, lastDay: answer.day };
      continue;
    }
    if (answer.day < state.dueDay) {
      state = { ...state, lastScore: answer.score, lastDay: answer.day };
      continue;
    }
    const step: number = state.step + (answer.score >= GREAT_SCORE ? 2 : 1);
    const interval: number | undefined = REVIEW_INTERVALS_DAYS[step];
    state =
      interval === undefined
        ? { status: 'graduated', lastScore: answer.score, lastDay: answer.day }
        : { ...state, step, dueDay: addDays(answer.day, interval), lastScore: answer.score, lastDay: answer.day };
  }
  return state;
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
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
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
  due.sort((a, b) => b.overdueDays - a.overdueDays || a.lastScore - b.lastScore || a.questionId.localeCompare(b.questionId));
  upcoming.sort((a, b) => a.dueDay.localeCompare(b.dueDay) || a.questionId.localeCompare(b.questionId));
  return { due, upcoming };
}
