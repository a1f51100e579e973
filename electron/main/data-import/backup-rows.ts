import { z } from 'zod';

/**
 * The rows an import accepts, table by table: the database's own constraints (and a little more,
 * such as JSON columns that must parse) checked before anything is written. Columns an older
 * export lacks get the database's defaults; columns a newer one adds are dropped.
 */

const Id = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits and . _ : - only');
const Time = z.iso.datetime({ offset: true });
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');
const Flag = z.union([z.literal(0), z.literal(1)]).default(0);
const Score = z.number().min(0).max(100);

function json(max: number) {
  return z
    .string()
    .max(max)
    .refine((text) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    }, 'not valid JSON');
}

export const ProfileRow = z.object({
  id: z.literal(1),
  display_name: z.string().min(1).max(60),
  target_role: z.string().max(60).nullable().default(null),
  created_at: Time,
  updated_at: Time,
});

export const QuestionRow = z.object({
  id: Id,
  source: z.enum(['bank', 'custom', 'generated']),
  category: z.string().min(1).max(60),
  type: z.string().min(1).max(40),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  text: z.string().min(1).max(5000),
  key_points: json(100_000).default('[]'),
  model_answer: z.string().max(50_000).nullable().default(null),
  tags: json(10_000).default('[]'),
  roles: json(10_000).default('[]'),
  bank_version: z.string().max(60).nullable().default(null),
  archived: Flag,
  created_at: Time,
  generated_by: z.string().max(200).nullable().default(null),
});

export const PlanRow = z.object({
  id: Id,
  kind: z.enum(['daily', 'weak-areas', 'advanced', 'mastery']),
  title: z.string().min(1).max(300),
  details: json(1_000_000).default('{}'),
  items: json(1_000_000).default('[]'),
  status: z.enum(['active', 'completed', 'archived']),
  created_at: Time,
  updated_at: Time,
});

export const SessionRow = z.object({
  id: Id,
  kind: z.enum(['practice', 'mock', 'video', 'plan']),
  status: z.enum(['active', 'completed', 'abandoned']),
  config: json(1_000_000).default('{}'),
  plan_id: Id.nullable().default(null),
  started_at: Time,
  ended_at: Time.nullable().default(null),
  is_sample: Flag,
});

export const RecordingRow = z.object({
  /** As media-files.ts names them: the id is the file name's stem. */
  id: z.string().regex(/^[a-z0-9-]{8,64}$/, 'a recording id'),
  attempt_id: Id.nullable().default(null),
  status: z.enum(['recording', 'processing', 'ready', 'recovered', 'failed']),
  mode: z.enum(['audio', 'video']),
  mime_type: z.string().min(1).max(100),
  file_name: z.string().min(1).max(200),
  bytes_written: z.number().int().min(0).default(0),
  duration_sec: z.number().min(0).max(86_400).nullable().default(null),
  analysis: json(20_000_000).nullable().default(null),
  error: z.string().max(10_000).nullable().default(null),
  recovered: Flag,
  created_at: Time,
  updated_at: Time,
  question_id: Id.nullable().default(null),
  question_text: z.string().max(5000).nullable().default(null),
  chunk_count: z.number().int().min(0).default(0),
  notice_dismissed: Flag,
});

export const AttemptRow = z.object({
  id: Id,
  session_id: Id.nullable().default(null),
  question_id: Id.nullable().default(null),
  question_text: z.string().max(5000),
  category: z.string().min(1).max(60),
  mode: z.enum(['text', 'audio', 'video']),
  answer_text: z.string().max(200_000),
  duration_sec: z.number().min(0).max(86_400).nullable().default(null),
  overall: Score,
  content_score: Score.nullable().default(null),
  structure_score: Score.nullable().default(null),
  language_score: Score.nullable().default(null),
  delivery_score: Score.nullable().default(null),
  evaluation: json(5_000_000),
  evaluator_kind: z.string().min(1).max(60),
  evaluator_version: z.string().min(1).max(60),
  recording_id: Id.nullable().default(null),
  local_day: Day,
  is_sample: Flag,
  created_at: Time,
  wpm: z.number().min(0).max(2000).nullable().default(null),
  filler_per_100: z.number().min(0).max(1000).nullable().default(null),
});

export const AiReviewRow = z.object({
  attempt_id: Id,
  model: z.string().min(1).max(200),
  review: json(5_000_000),
  created_at: Time,
});

export const SavedQuestionRow = z.object({
  question_id: Id,
  note: z.string().max(10_000).default(''),
  created_at: Time,
});

export const DraftRow = z.object({
  question_id: Id,
  answer_text: z.string().max(200_000),
  elapsed_sec: z.number().min(0).max(86_400).default(0),
  updated_at: Time,
});

export const ChatMessageRow = z.object({
  id: z.number().int().min(1),
  conversation_id: Id,
  role: z.enum(['user', 'assistant']),
  content: z.string().max(200_000),
  status: z.enum(['complete', 'stopped', 'failed']),
  model: z.string().max(200).nullable().default(null),
  created_at: Time,
});

/** Only read to learn which answers were still waiting to be synced when the export was made. */
export const OutboxRow = z.object({
  entity: z.string().max(60),
  entity_id: z.string().max(200),
  op: z.enum(['upsert', 'delete']),
});

/** The tables an import reads, each with its row schema and the key that identifies a row. */
export const IMPORTED_TABLES = {
  profile: { row: ProfileRow, key: 'id' },
  questions: { row: QuestionRow, key: 'id' },
  plans: { row: PlanRow, key: 'id' },
  sessions: { row: SessionRow, key: 'id' },
  recordings: { row: RecordingRow, key: 'id' },
  attempts: { row: AttemptRow, key: 'id' },
  ai_reviews: { row: AiReviewRow, key: 'attempt_id' },
  saved_questions: { row: SavedQuestionRow, key: 'question_id' },
  drafts: { row: DraftRow, key: 'question_id' },
  chat_messages: { row: ChatMessageRow, key: 'id' },
  outbox: { row: OutboxRow, key: null },
} as const;

export type ImportedTable = keyof typeof IMPORTED_TABLES;
export type BackupRows = { [T in ImportedTable]: Array<z.output<(typeof IMPORTED_TABLES)[T]['row']>> };
