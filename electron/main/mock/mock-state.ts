import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { MockConfig } from '../../../shared/domain/mock/mock-config';
import { QuestionCategory } from '../../../shared/domain/questions/bank-schema';
import { MockAnswerView, MockQuestionView, type MockSessionView } from '../../../shared/ipc/channels/mock';
import type { Database } from '../db/schema';

/** What a mock interview session keeps in sessions.config. */
export const MockState = z.object({
  config: MockConfig,
  questions: z.array(MockQuestionView),
  answers: z.array(MockAnswerView),
  shortfall: z.number().int().default(0),
  /** The total when the interview finished, as a record; the history recounts from the attempts. */
  total: z.number().nullable().default(null),
});
export type MockState = z.infer<typeof MockState>;

/**
 * The sample generator's mock sessions (electron/main/sample) store a flatter config: the
 * question ids, mode and timings. They are read into the same shape, answers from the attempts.
 */
const SampleMockConfig = z.object({
  questionIds: z.array(z.string()),
  mode: z.enum(['text', 'audio', 'video']).catch('text'),
  prepSec: z.number().int().catch(30),
  answerSec: z.number().int().catch(120),
  categories: z.array(z.string()).catch([]),
});

export type SessionRow = Selectable<Database['sessions']>;

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

export function firstUnanswered(state: MockState): number {
  const done = new Set(state.answers.map((a) => a.index));
  const index = state.questions.findIndex((q) => !done.has(q.index));
  return index < 0 ? state.questions.length : index;
}

async function stateFromSample(
  db: Kysely<Database>,
  row: SessionRow,
  raw: z.infer<typeof SampleMockConfig>,
): Promise<MockState> {
  const ids = raw.questionIds;
  const questions = ids.length
    ? await db
        .selectFrom('questions')
        .select(['id', 'text', 'category', 'difficulty', 'type'])
        .where('id', 'in', ids)
        .execute()
    : [];
  const attempts = await db
    .selectFrom('attempts')
    .select(['id', 'question_id', 'question_text', 'category', 'duration_sec', 'recording_id'])
    .where('session_id', '=', row.id)
    .orderBy('created_at')
    .execute();
  const byId = new Map(questions.map((q) => [q.id, q]));
  const views = ids.map((id, index) => {
    const q = byId.get(id);
    const a = attempts.find((x) => x.question_id === id);
    return {
      index,
      questionId: id,
      text: q?.text ?? a?.question_text ?? 'A question no longer in the bank',
      category: q?.category ?? a?.category ?? 'behavioral',
      difficulty: q?.difficulty ?? ('medium' as const),
      type: q?.type ?? 'behavioral',
    };
  });
  const answers = views.map((q) => {
    const a = attempts.find((x) => x.question_id === q.questionId);
    return {
      index: q.index,
      status: a ? ('answered' as const) : ('skipped' as const),
      attemptId: a?.id ?? null,
      recordingId: a?.recording_id ?? null,
      durationSec: a?.duration_sec ?? null,
    };
  });
  const named = raw.categories.length ? raw.categories : views.map((v) => v.category);
  const categories = [...new Set(named.flatMap((c) => (QuestionCategory.safeParse(c).success ? [c] : [])))];
  const config = MockConfig.parse({
    mix: { kind: 'categories', categories: categories.length ? categories : ['behavioral'] },
    count: Math.min(15, Math.max(1, views.length)),
    mode: raw.mode,
    prepSec: Math.min(300, Math.max(0, raw.prepSec)),
    answerSec: Math.min(900, Math.max(30, raw.answerSec)),
  });
  return { config, questions: views, answers, shortfall: 0, total: null };
}

/** The session's mock state, or null when it is not a mock interview this version can read. */
export async function readMockState(db: Kysely<Database>, row: SessionRow): Promise<MockState | null> {
  if (row.kind !== 'mock') return null;
  const raw = parseJson(row.config);
  const own = MockState.safeParse(raw);
  if (own.success) return own.data;
  const sample = SampleMockConfig.safeParse(raw);
  return sample.success ? stateFromSample(db, row, sample.data) : null;
}

export function toSessionView(row: SessionRow, state: MockState): MockSessionView {
  return {
    id: row.id,
    status: row.status,
    config: state.config,
    questions: state.questions,
    answers: [...state.answers].sort((a, b) => a.index - b.index),
    currentIndex: firstUnanswered(state),
    shortfall: state.shortfall,
    startedAt: row.started_at,
    endedAt: row.ended_at,
  };
}
