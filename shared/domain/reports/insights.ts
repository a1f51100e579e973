import { SPEAKING_WPM } from '../evaluator/measures/length';
import { categoryLabel, plural, SUBSKILL_LABELS, SUBSKILLS, type Subskill } from './labels';
import type { Activity, CategoryReport, DayStat, Insight } from './report-schema';
import { mean } from './trends';

/** A category needs this many answers before it is called strong or weak. */
export const MIN_CATEGORY_ANSWERS = 3;
/** A 30-day change smaller than this is called steady. */
const NOTABLE_CHANGE = 3;
const FILLER_LIMIT_PER_100 = 2;

export interface InsightInput {
  /** Everything in the filtered period, added up. */
  total: DayStat;
  /** The last 30 days and the 30 before them, added up. */
  last30: DayStat;
  previous30: DayStat;
  categories: readonly CategoryReport[];
  activity: Activity;
}

function subskillAverages(total: DayStat): Array<[Subskill, number]> {
  const values: Array<[Subskill, number | null]> = [
    ['content', mean(total.contentSum, total.contentN)],
    ['structure', mean(total.structureSum, total.structureN)],
    ['language', mean(total.languageSum, total.languageN)],
    ['delivery', mean(total.deliverySum, total.deliveryN)],
  ];
  return values
    .filter((v): v is [Subskill, number] => v[1] !== null)
    .sort((a, b) => SUBSKILLS.indexOf(a[0]) - SUBSKILLS.indexOf(b[0]));
}

/**
 * A few plain sentences about the period: the recent direction, the strongest and weakest
 * category, the weakest sub-skill, pace and fillers, the streak. Only what the data supports.
 */
export function buildInsights(input: InsightInput): Insight[] {
  const { total, last30, previous30, categories, activity } = input;
  if (total.attempts === 0) return [];
  const insights: Insight[] = [];

  const recent = mean(last30.overallSum, last30.attempts);
  const before = mean(previous30.overallSum, previous30.attempts);
  if (
    recent !== null &&
    before !== null &&
    last30.attempts >= MIN_CATEGORY_ANSWERS &&
    previous30.attempts >= MIN_CATEGORY_ANSWERS
  ) {
    const change = Math.round(recent - before);
    if (change >= NOTABLE_CHANGE)
      insights.push({
        tone: 'good',
        text: `Your average is up ${change} points in the last 30 days (${Math.round(recent)}, from ${Math.round(before)}).`,
      });
    else if (change <= -NOTABLE_CHANGE)
      insights.push({
        tone: 'attention',
        text: `Your average dipped ${-change} points in the last 30 days (${Math.round(recent)}, from ${Math.round(before)}).`,
      });
    else
      insights.push({
        tone: 'neutral',
        text: `Your average held steady at about ${Math.round(recent)} over the last 30 days.`,
      });
  }

  const rated = categories.filter((c) => c.attempts >= MIN_CATEGORY_ANSWERS && c.average !== null);
  if (rated.length >= 2) {
    const sorted = [...rated].sort((a, b) => (b.average ?? 0) - (a.average ?? 0));
    const best = sorted[0];
    const worst = sorted.at(-1);
    if (best && worst && (best.average ?? 0) - (worst.average ?? 0) >= NOTABLE_CHANGE) {
      insights.push({
        tone: 'good',
        text: `Strongest category: ${categoryLabel(best.category)} (average ${Math.round(best.average ?? 0)}).`,
      });
      insights.push({
        tone: 'attention',
        text: `Most room to grow: ${categoryLabel(worst.category)} (average ${Math.round(worst.average ?? 0)}).`,
      });
    }
  }

  const skills = subskillAverages(total);
  if (skills.length >= 2) {
    const weakest = [...skills].sort((a, b) => a[1] - b[1])[0];
    const strongest = [...skills].sort((a, b) => b[1] - a[1])[0];
    if (weakest && strongest && strongest[1] - weakest[1] >= NOTABLE_CHANGE) {
      insights.push({
        tone: 'attention',
        text: `${SUBSKILL_LABELS[weakest[0]]} is your weakest sub-skill (${Math.round(weakest[1])}); ${SUBSKILL_LABELS[strongest[0]].toLowerCase()} is your strongest (${Math.round(strongest[1])}).`,
      });
    }
  }

  const wpm = mean(total.wpmSum, total.wpmN);
  if (wpm !== null && total.wpmN >= MIN_CATEGORY_ANSWERS) {
    if (wpm > SPEAKING_WPM.high)
      insights.push({
        tone: 'attention',
        text: `You speak at about ${Math.round(wpm)} words a minute — a little fast; ${SPEAKING_WPM.low}–${SPEAKING_WPM.high} is easiest to follow.`,
      });
    else if (wpm < SPEAKING_WPM.low)
      insights.push({
        tone: 'attention',
        text: `You speak at about ${Math.round(wpm)} words a minute — a little slow; ${SPEAKING_WPM.low}–${SPEAKING_WPM.high} sounds confident.`,
      });
    else
      insights.push({
        tone: 'good',
        text: `Your speaking pace, about ${Math.round(wpm)} words a minute, is in the easy-to-follow range.`,
      });
  }

  const fillers = mean(total.fillerSum, total.fillerN);
  if (fillers !== null && total.fillerN >= MIN_CATEGORY_ANSWERS && fillers > FILLER_LIMIT_PER_100) {
    insights.push({
      tone: 'attention',
      text: `Filler words average ${fillers} per 100 words; a short silent pause works better than "um" or "like".`,
    });
  }

  if (activity.currentStreak >= 2) {
    insights.push({
      tone: 'good',
      text: `You are on a ${plural(activity.currentStreak, 'day')} practice streak${activity.longestStreak > activity.currentStreak ? ` (best: ${plural(activity.longestStreak, 'day')})` : ' — your best yet'}.`,
    });
  }
  return insights.slice(0, 6);
}
