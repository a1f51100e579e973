import type { SkillAssessment } from './assess';
import type { Level } from './level';
import type { DueReview } from './spaced-repetition';

export const PLAN_KINDS = ['daily', 'weak-areas', 'advanced', 'mastery'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export type Difficulty = 'easy' | 'medium' | 'hard';

/** A live question the plan may use. */
export interface PlanQuestion {
  id: string;
  category: string;
  difficulty: Difficulty;
  type: string;
  text: string;
}

/** What the user has done with one question. */
export interface QuestionHistory {
  attempts: number;
  lastScore: number;
  lastDay: string;
  bestScore: number;
}

export interface PlanContext {
  today: string;
  questions: readonly PlanQuestion[];
  history: ReadonlyMap<string, QuestionHistory>;
  /** Per category, judged by assess.ts (ids are category slugs). */
  categories: readonly SkillAssessment[];
  subskills: readonly SkillAssessment[];
  level: Level;
  /** Reviews due today or earlier, most urgent first. */
  due: readonly DueReview[];
  /** Category → the last local day the user answered in it. */
  lastPractised: ReadonlyMap<string, string>;
  /** Every category the app knows, in display order (also those without questions). */
  allCategories: readonly string[];
  totalAnswers: number;
}

export interface PlanItem {
  questionId: string;
  text: string;
  category: string;
  difficulty: Difficulty;
  /** Why the advisor chose it. */
  reason: string;
}

export interface PlanProposal {
  kind: PlanKind;
  title: string;
  summary: string;
  /** The category of a mastery plan; null for the others. */
  category: string | null;
  items: PlanItem[];
  /** Set when the plan cannot be made now, saying why and what to do; items is then empty. */
  unavailable: string | null;
}

export const PLAN_SIZES: Readonly<Record<PlanKind, number>> = { daily: 5, 'weak-areas': 6, advanced: 6, mastery: 8 };
