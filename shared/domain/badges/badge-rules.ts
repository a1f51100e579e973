/** The numbers behind each badge; the advisor's mastery plan uses the same mastery rule. */
export const STREAK_BADGES = [3, 7, 30] as const;
export const MASTERY_ANSWERS = 10;
export const MASTERY_AVERAGE = 80;
export const MOCK_BADGES = [1, 5] as const;
/** Big improvement: the latest IMPROVEMENT_WINDOW answers average this many points above the first ones. */
export const IMPROVEMENT_WINDOW = 10;
export const IMPROVEMENT_POINTS = 15;
