import { z } from 'zod';
import { PLAN_KINDS } from '../../domain/advisor/plan-types';
import { QuestionCategory } from '../../domain/questions/bank-schema';
import { channel } from '../channel';
import { NoInput } from './app';

export const PlanKind = z.enum(PLAN_KINDS);
export type PlanKind = z.infer<typeof PlanKind>;

const Num = z.number().nullable();

export const SkillView = z.object({
  id: z.string(),
  attempts: z.number().int(),
  mean: Num,
  estimate: Num,
  low: Num,
  high: Num,
  trend: z.object({
    label: z.enum(['improving', 'declining', 'steady', 'unknown']),
    change: Num,
    window: z.number().int(),
    earlier: Num,
    later: Num,
  }),
  status: z.enum(['weak', 'ok', 'strong', 'not-enough']),
});
export type SkillView = z.infer<typeof SkillView>;

export const DueReviewView = z.object({
  questionId: z.string(),
  text: z.string(),
  category: z.string(),
  step: z.number().int(),
  dueDay: z.string(),
  overdueDays: z.number().int(),
  lastScore: z.number(),
  lastDay: z.string(),
  poorScore: z.number(),
  poorDay: z.string(),
});
export type DueReviewView = z.infer<typeof DueReviewView>;

export const PlanItemView = z.object({
  questionId: z.string(),
  text: z.string(),
  category: z.string(),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  reason: z.string(),
});

export const PlanProposalView = z.object({
  kind: PlanKind,
  title: z.string(),
  summary: z.string(),
  category: z.string().nullable(),
  items: z.array(PlanItemView),
  unavailable: z.string().nullable(),
});
export type PlanProposalView = z.infer<typeof PlanProposalView>;

export const PlanView = z.object({
  id: z.string(),
  kind: PlanKind,
  title: z.string(),
  summary: z.string(),
  category: z.string().nullable(),
  status: z.enum(['active', 'completed', 'archived']),
  createdAt: z.string(),
  /** The practice session that "Start" opened. */
  sessionId: z.string().nullable(),
  items: z.array(PlanItemView.extend({ done: z.boolean(), score: Num, answeredAt: z.string().nullable() })),
  progress: z.object({ done: z.number().int(), total: z.number().int(), complete: z.boolean(), averageScore: Num }),
});
export type PlanView = z.infer<typeof PlanView>;

export const AdvisorOverview = z.object({
  totalAnswers: z.number().int(),
  average: Num,
  recentAverage: Num,
  trend: SkillView.shape.trend,
  level: z.object({
    level: z.enum(['beginner', 'intermediate', 'advanced']),
    reason: z.string(),
    next: z.string().nullable(),
  }),
  /** Weakest first; categories never answered are not listed. */
  categories: z.array(SkillView),
  subskills: z.array(SkillView),
  due: z.array(DueReviewView),
  /** Poorly answered questions whose next try is not due yet, soonest first. */
  upcoming: z.array(DueReviewView),
  /** The four proposals for today. */
  proposals: z.array(PlanProposalView),
  /** Plans the user started and has not archived, newest first. */
  plans: z.array(PlanView),
  /** The thresholds behind the words, so the screen can quote them. */
  rules: z.object({
    minAttempts: z.number().int(),
    weakBelow: z.number(),
    strongFrom: z.number(),
    reviewIntervals: z.array(z.number().int()),
    poorBelow: z.number(),
    /** How many of the latest answers the recent average covers. */
    levelWindow: z.number().int(),
  }),
});
export type AdvisorOverview = z.infer<typeof AdvisorOverview>;

export const PlanRequest = z
  .object({
    kind: PlanKind,
    /** Category mastery only: which category (the advisor picks one when absent). */
    category: QuestionCategory.optional(),
  })
  .strict();
export type PlanRequest = z.input<typeof PlanRequest>;

export const StartedPlan = z.object({ plan: PlanView, sessionId: z.string(), questionIds: z.array(z.string()) });
export type StartedPlan = z.infer<typeof StartedPlan>;

const PlanIdInput = z.object({ id: z.string().trim().min(1).max(64) }).strict();

export const advisorChannels = {
  'advisor:overview': channel(NoInput, AdvisorOverview),
  /** One plan proposal (e.g. category mastery for a chosen category). */
  'advisor:propose': channel(PlanRequest, PlanProposalView),
  /** Stores the plan, opens a practice session for it and returns its questions; CONFLICT when it has none. */
  'advisor:start-plan': channel(PlanRequest, StartedPlan),
  'advisor:plan': channel(PlanIdInput, PlanView),
  /** Re-opens a practice session on a started plan's remaining questions. */
  'advisor:resume-plan': channel(PlanIdInput, StartedPlan),
  'advisor:archive-plan': channel(PlanIdInput, z.object({ archived: z.boolean() })),
};
