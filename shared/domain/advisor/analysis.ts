import {
  assessAll,
  combine,
  recentAverage,
  trendOf,
  type ScoreAggregate,
  type SkillAssessment,
  type Trend,
} from './assess';
import { SUBSKILLS, type Subskill } from './labels';
import { assessLevel, type LevelResult } from './level';
import { LEVEL_WINDOW } from './thresholds';

/** What the main process reads from SQLite for the advisor: aggregates and short recent lists. */
export interface AdvisorInput {
  categories: ReadonlyArray<{ category: string; scores: ScoreAggregate; recent: readonly number[] }>;
  subskills: ReadonlyArray<{ skill: Subskill; scores: ScoreAggregate; recent: readonly number[] }>;
  /** The latest overall scores, oldest first (at least LEVEL_WINDOW when there are that many). */
  recentOverall: readonly number[];
}

export interface AdvisorAnalysis {
  totalAnswers: number;
  average: number | null;
  recentAverage: number | null;
  trend: Trend;
  level: LevelResult;
  /** Weakest first (see assessAll). */
  categories: SkillAssessment[];
  subskills: SkillAssessment[];
}

export function analyse(input: AdvisorInput): AdvisorAnalysis {
  const total = combine(input.categories.map((c) => c.scores));
  const categories = assessAll(
    input.categories.map((c) => ({ id: c.category, scores: c.scores, recent: c.recent })),
    total,
  );
  // Sub-skills are compared with each other (delivery is on its own scale from fewer answers).
  const present = SUBSKILLS.flatMap((skill) => input.subskills.filter((s) => s.skill === skill));
  const subskills = assessAll(present.map((s) => ({ id: s.skill, scores: s.scores, recent: s.recent })));
  const recent = input.recentOverall.slice(-LEVEL_WINDOW);
  const recentAvg = recentAverage(recent);
  return {
    totalAnswers: total.count,
    average: total.count ? Math.round((total.sum / total.count) * 10) / 10 : null,
    recentAverage: recentAvg,
    trend: trendOf(input.recentOverall),
    level: assessLevel({ totalAnswers: total.count, recentAverage: recentAvg, categories }),
    categories,
    subskills,
  };
}
