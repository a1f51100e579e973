import { z } from 'zod';
import type { QuestionDetail, QuestionSummary } from '../../../shared/ipc/channels/questions';
import type { QuestionRow } from '../db/schema';

const KeyPoints = z.array(z.object({ text: z.string(), cues: z.array(z.string()).default([]) }));
const Strings = z.array(z.string());

function parseJson<T>(schema: z.ZodType<T>, json: string, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export function parseKeyPoints(json: string): Array<{ text: string; cues: string[] }> {
  return parseJson(KeyPoints, json, []);
}

export type SummaryRow = Pick<
  QuestionRow,
  'id' | 'source' | 'category' | 'type' | 'difficulty' | 'text' | 'tags' | 'roles'
> & {
  has_model_answer: number;
  saved: number;
};

export function toQuestionSummary(row: SummaryRow): QuestionSummary {
  return {
    id: row.id,
    source: row.source,
    category: row.category,
    type: row.type,
    difficulty: row.difficulty,
    text: row.text,
    tags: parseJson(Strings, row.tags, []),
    roles: parseJson(Strings, row.roles, []),
    hasModelAnswer: row.has_model_answer === 1,
    saved: row.saved === 1,
  };
}

export type DetailRow = QuestionRow & { saved: number; attempt_count: number; best_score: number | null };

export function toQuestionDetail(row: DetailRow): QuestionDetail {
  return {
    ...toQuestionSummary({ ...row, has_model_answer: row.model_answer ? 1 : 0 }),
    keyPoints: parseKeyPoints(row.key_points),
    modelAnswer: row.model_answer,
    archived: row.archived === 1,
    attemptCount: row.attempt_count,
    bestScore: row.best_score,
  };
}
