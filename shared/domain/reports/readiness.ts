import { plural } from './labels';
import type { Bucket } from './report-schema';

/** Fewer answers than this and a trend line would be noise. */
export const MIN_TREND_ANSWERS = 3;
export const MIN_SPOKEN_ANSWERS = 3;

export interface Readiness {
  ready: boolean;
  /** What to do to see the chart; empty when ready. */
  message: string;
}

const READY: Readiness = { ready: true, message: '' };

/** Whether a score trend has enough to say something, and if not, what would make it. */
export function trendReadiness(answers: number, buckets: number, bucket: Bucket): Readiness {
  if (answers === 0)
    return {
      ready: false,
      message: `No answers in this period yet. Answer ${MIN_TREND_ANSWERS} questions to see a trend.`,
    };
  if (answers < MIN_TREND_ANSWERS) {
    return { ready: false, message: `Answer ${plural(MIN_TREND_ANSWERS - answers, 'more question')} to see a trend.` };
  }
  if (buckets < 2) {
    return {
      ready: false,
      message:
        bucket === 'day'
          ? 'All these answers are from one day. Practise again on another day to see a trend.'
          : 'All these answers are from one week. Practise again next week to see a trend.',
    };
  }
  return READY;
}

export function paceReadiness(spokenAnswers: number): Readiness {
  if (spokenAnswers === 0)
    return { ready: false, message: 'Record a spoken answer (audio or video) to see your speaking pace over time.' };
  if (spokenAnswers < MIN_SPOKEN_ANSWERS) {
    return {
      ready: false,
      message: `Record ${plural(MIN_SPOKEN_ANSWERS - spokenAnswers, 'more spoken answer')} to see your pace trend.`,
    };
  }
  return READY;
}

export function activityReadiness(answers: number): Readiness {
  return answers === 0
    ? { ready: false, message: 'Your practice calendar fills in as you answer questions — one square a day.' }
    : READY;
}
