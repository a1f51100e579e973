import { z } from 'zod';

export const QUESTION_CATEGORIES = [
  'behavioral',
  'leadership',
  'teamwork',
  'conflict',
  'situational',
  'hr-general',
  'technical-software',
  'system-design',
  'data-analysis',
  'product',
  'customer-service',
  'sales',
] as const;
export const QuestionCategory = z.enum(QUESTION_CATEGORIES);
export type QuestionCategory = z.infer<typeof QuestionCategory>;

export const Difficulty = z.enum(['easy', 'medium', 'hard']);
export type Difficulty = z.infer<typeof Difficulty>;

/**
 * How an interviewer expects the question to be answered. Drives the evaluator's
 * ideal length and whether STAR structure is expected.
 */
export const QuestionType = z.enum([
  'behavioral', // "Tell me about a time…" — STAR expected
  'situational', // "What would you do if…" — approach, steps, outcome
  'technical', // explain a concept or trade-off
  'design', // open design problem: requirements, components, trade-offs
  'motivational', // "Why this role?", "Tell me about yourself"
  'case', // analytical / product case: structure, metrics, recommendation
]);
export type QuestionType = z.infer<typeof QuestionType>;

export const ROLES = [
  'any',
  'software-engineer',
  'engineering-manager',
  'data-analyst',
  'data-scientist',
  'product-manager',
  'designer',
  'customer-support',
  'sales',
  'account-manager',
  'marketing',
  'project-manager',
  'operations',
  'hr',
  'graduate',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Something an interviewer listens for, with the words an answer covering it tends to use. */
export const KeyPoint = z.object({
  text: z.string().min(8).max(160),
  cues: z.array(z.string().min(2).max(40)).min(2).max(10),
});
export type KeyPoint = z.infer<typeof KeyPoint>;

export const BankQuestion = z.object({
  id: z.string().regex(/^[a-z]{2,5}-\d{3}$/, 'ids look like "beh-001"'),
  category: QuestionCategory,
  type: QuestionType,
  difficulty: Difficulty,
  text: z.string().min(15).max(400),
  keyPoints: z.array(KeyPoint).min(3).max(6),
  tags: z
    .array(z.string().regex(/^[a-z0-9-]+$/))
    .min(1)
    .max(8),
  roles: z.array(Role).min(1),
  modelAnswer: z.string().min(200).max(2500).optional(),
});
export type BankQuestion = z.infer<typeof BankQuestion>;

export const BankFile = z.object({
  category: QuestionCategory,
  questions: z.array(BankQuestion).min(1),
});
export type BankFile = z.infer<typeof BankFile>;

export const BankManifest = z.object({
  version: z.string().regex(/^\d{4}\.\d{2}\.\d+$/),
  files: z.array(z.string().regex(/^[a-z-]+\.json$/)).min(1),
});
export type BankManifest = z.infer<typeof BankManifest>;
