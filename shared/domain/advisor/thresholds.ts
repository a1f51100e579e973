/**
 * The advisor's numbers in one place, so the UI can quote them and tests can refer to them.
 *
 * Scores are the evaluator's 0–100. A category or sub-skill is judged only with at least
 * MIN_ATTEMPTS answers; its estimate is shrunk toward the user's overall average as if
 * PRIOR_WEIGHT answers at that average had been added (empirical-Bayes shrinkage), so two lucky
 * answers do not make a strength and two bad ones do not make a weakness. Its 95% interval is
 * estimate ± 1.96·s/√(n + PRIOR_WEIGHT), with s the observed spread but never less than SD_FLOOR
 * points (a few answers often agree by chance).
 */
export const MIN_ATTEMPTS = 3;
export const PRIOR_WEIGHT = 4;
export const SD_FLOOR = 8;
/** Used when there are fewer than two answers in all to measure spread from. */
export const DEFAULT_SD = 15;

/** Below this estimate a category or sub-skill is weak whatever the user's average. */
export const WEAK_SCORE = 60;
/** At or above this estimate it is a strength. */
export const STRONG_SCORE = 78;

/**
 * Trend: the average of the newer half of the last TREND_WINDOW answers (at least TREND_MIN)
 * minus the average of the older half.
 */
export const TREND_WINDOW = 10;
export const TREND_MIN = 4;
/** The two halves must differ by this many points to count as rising or falling. */
export const TREND_CHANGE = 6;

/**
 * Level, from the last LEVEL_WINDOW answers:
 * - beginner: fewer than BEGINNER_MAX_ANSWERS answers in all, or a recent average below 60;
 * - advanced: at least ADVANCED_MIN_ANSWERS answers, a recent average of at least 78, and at
 *   least ADVANCED_MIN_CATEGORIES categories with MIN_ATTEMPTS answers each estimated at 70+;
 * - intermediate: everything between.
 */
export const LEVEL_WINDOW = 20;
export const BEGINNER_MAX_ANSWERS = 10;
export const BEGINNER_BELOW = 60;
export const ADVANCED_MIN_ANSWERS = 30;
export const ADVANCED_AVERAGE = 78;
export const ADVANCED_MIN_CATEGORIES = 4;
export const ADVANCED_CATEGORY_SCORE = 70;
