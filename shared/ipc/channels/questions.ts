import { z } from 'zod';
import { Difficulty, QuestionCategory, QuestionType, Role } from '../../domain/questions/bank-schema';
import { channel } from '../channel';
import { NoInput } from './app';

export const QuestionSource = z.enum(['bank', 'custom', 'generated']);
export type QuestionSource = z.infer<typeof QuestionSource>;

export const QuestionId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._:-]+$/, 'not a question id');

export const QuestionSummary = z.object({
  id: z.string(),
  source: QuestionSource,
  category: z.string(),
  type: z.string(),
  difficulty: Difficulty,
  text: z.string(),
  tags: z.array(z.string()),
  roles: z.array(z.string()),
  hasModelAnswer: z.boolean(),
  saved: z.boolean(),
});
export type QuestionSummary = z.infer<typeof QuestionSummary>;

export const QuestionDetail = QuestionSummary.extend({
  keyPoints: z.array(z.object({ text: z.string(), cues: z.array(z.string()) })),
  modelAnswer: z.string().nullable(),
  /** No longer in the bank; kept because attempts point at it. */
  archived: z.boolean(),
  attemptCount: z.number().int(),
  bestScore: z.number().nullable(),
});
export type QuestionDetail = z.infer<typeof QuestionDetail>;

export const QuestionFilters = z.object({
  category: QuestionCategory.optional(),
  difficulty: Difficulty.optional(),
  /** Questions for this role, plus the ones that suit any role. */
  role: Role.exclude(['any']).optional(),
  source: z.enum(['bank', 'custom']).optional(),
});
export type QuestionFilters = z.infer<typeof QuestionFilters>;

export const SearchQuestionsInput = QuestionFilters.extend({
  /** Words to look for; never interpreted as FTS syntax. */
  query: z.string().max(200).default(''),
  limit: z.number().int().min(1).max(100).default(30),
  offset: z.number().int().min(0).max(10_000).default(0),
}).strict();
export type SearchQuestionsInput = z.input<typeof SearchQuestionsInput>;

export const SearchQuestionsResult = z.object({
  items: z.array(QuestionSummary),
  total: z.number().int(),
  /** False when no question had every word, so questions with any of them are shown instead. */
  matchedAllWords: z.boolean(),
});
export type SearchQuestionsResult = z.infer<typeof SearchQuestionsResult>;

export const RandomQuestionInput = QuestionFilters.extend({
  /** Do not pick this one again (the question just answered). */
  excludeId: QuestionId.optional(),
}).strict();

export const QuestionFacets = z.object({
  bankVersion: z.string().nullable(),
  total: z.number().int(),
  categories: z.array(z.object({ id: z.string(), count: z.number().int() })),
});
export type QuestionFacets = z.infer<typeof QuestionFacets>;

export const CreateCustomQuestionInput = z
  .object({
    text: z.string().trim().min(10, 'Write the question in at least 10 characters').max(400),
    category: QuestionCategory,
    difficulty: Difficulty.default('medium'),
    type: QuestionType.optional(),
    /** What a good answer should cover, one point per entry. */
    keyPoints: z.array(z.string().trim().min(3).max(160)).max(6).default([]),
    modelAnswer: z.string().trim().max(2500).optional(),
  })
  .strict();
export type CreateCustomQuestionInput = z.input<typeof CreateCustomQuestionInput>;

/** The same fields as a new question, for one of the user's own (written or AI-generated). */
export const UpdateCustomQuestionInput = CreateCustomQuestionInput.extend({ id: QuestionId }).strict();
export type UpdateCustomQuestionInput = z.input<typeof UpdateCustomQuestionInput>;

export const MatchJobInput = z
  .object({
    description: z.string().trim().min(30, 'Paste at least a few lines of the job description').max(20_000),
    limit: z.number().int().min(3).max(30).default(10),
  })
  .strict();
export type MatchJobInput = z.input<typeof MatchJobInput>;

export const JobMatch = z.object({
  question: QuestionSummary,
  score: z.number(),
  /** Why it was picked, in words the user can check against the posting. */
  reasons: z.array(z.string()),
});
export type JobMatch = z.infer<typeof JobMatch>;

export const MatchJobResult = z.object({
  roles: z.array(z.string()),
  keywords: z.array(z.string()),
  matches: z.array(JobMatch),
});
export type MatchJobResult = z.infer<typeof MatchJobResult>;

export const QuestionIdInput = z.object({ id: QuestionId }).strict();
export const QuestionIdsInput = z.object({ ids: z.array(QuestionId).min(1).max(200) }).strict();

export const questionChannels = {
  'questions:search': channel(SearchQuestionsInput, SearchQuestionsResult),
  'questions:get': channel(QuestionIdInput, QuestionDetail),
  /** Several questions by id, in the order asked (a saved set, a job-matched set); unknown ids are skipped. */
  'questions:get-many': channel(QuestionIdsInput, z.array(QuestionSummary)),
  'questions:random': channel(RandomQuestionInput, QuestionDetail.nullable()),
  'questions:facets': channel(NoInput, QuestionFacets),
  'questions:create-custom': channel(CreateCustomQuestionInput, QuestionDetail),
  /** Edits one of the user's own questions (written or AI-generated); bank questions cannot be edited. */
  'questions:update-custom': channel(UpdateCustomQuestionInput, QuestionDetail),
  'questions:delete-custom': channel(QuestionIdInput, z.object({ deleted: z.boolean() })),
  'questions:match-job': channel(MatchJobInput, MatchJobResult),
};
