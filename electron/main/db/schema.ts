import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** ISO-8601 UTC timestamps are stored as TEXT. */
type Timestamp = string;
/** JSON documents are stored as TEXT and parsed by the query modules that own them. */
type Json = string;

export interface ProfileTable {
  id: ColumnType<1, 1 | undefined, never>;
  display_name: string;
  target_role: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface QuestionsTable {
  id: string;
  source: 'bank' | 'custom' | 'generated';
  category: string;
  type: string;
  difficulty: 'easy' | 'medium' | 'hard';
  text: string;
  key_points: Json;
  model_answer: string | null;
  tags: Json;
  roles: Json;
  bank_version: string | null;
  archived: Generated<number>;
  created_at: Timestamp;
  /** Added by 0006-ai: the model that wrote an AI-generated question. */
  generated_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionsTable {
  id: string;
  kind: 'practice' | 'mock' | 'video' | 'plan';
  status: 'active' | 'completed' | 'abandoned';
  config: Json;
  plan_id: string | null;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  /** Added by 0004-reports: a mock interview made by the sample-data generator. */
  is_sample: Generated<number>;
}

export interface AttemptsTable {
  id: string;
  session_id: string | null;
  question_id: string | null;
  question_text: string;
  category: string;
  mode: 'text' | 'audio' | 'video';
  answer_text: string;
  duration_sec: number | null;
  overall: number;
  content_score: number | null;
  structure_score: number | null;
  language_score: number | null;
  delivery_score: number | null;
  evaluation: Json;
  evaluator_kind: string;
  evaluator_version: string;
  recording_id: string | null;
  /** The user's local calendar day when they answered (YYYY-MM-DD); streaks count these. */
  local_day: string;
  is_sample: Generated<number>;
  created_at: Timestamp;
  /**
   * Added by 0004-reports: speaking pace (spoken answers) and filler words per 100 words. Derived
   * by a trigger on insert when left null; a writer that knows them (the sample generator) may set them.
   */
  wpm: ColumnType<number | null, number | null | undefined, never>;
  filler_per_100: ColumnType<number | null, number | null | undefined, never>;
}

/** Added by 0004-reports: per (local day, category) sums kept by triggers on attempts; never written directly. */
export interface AttemptStatsTable {
  local_day: string;
  category: string;
  attempts: number;
  overall_sum: number;
  overall_best: number;
  content_sum: number;
  content_n: number;
  structure_sum: number;
  structure_n: number;
  language_sum: number;
  language_n: number;
  delivery_sum: number;
  delivery_n: number;
  wpm_sum: number;
  wpm_n: number;
  filler_sum: number;
  filler_n: number;
}

/** Maintained by triggers on attempts; never written directly. */
export interface AttemptDaysTable {
  local_day: string;
  attempts: number;
  score_sum: number;
}

/** Added by 0005-advisor; maintained by triggers on attempts, never written directly. */
export interface SkillTotalsTable {
  category: string;
  attempts: number;
  overall_sum: number;
  overall_sq: number;
  content_n: number;
  content_sum: number;
  content_sq: number;
  structure_n: number;
  structure_sum: number;
  structure_sq: number;
  language_n: number;
  language_sum: number;
  language_sq: number;
  delivery_n: number;
  delivery_sum: number;
  delivery_sq: number;
  last_at: Timestamp;
  last_day: string;
}

/** Added by 0005-advisor; maintained by triggers on attempts, never written directly. */
export interface QuestionTotalsTable {
  question_id: string;
  attempts: number;
  best: number;
  last_at: Timestamp;
  last_score: number;
  last_day: string;
  /** When the latest answer scoring below 60 was given; null when none. */
  last_poor_at: Timestamp | null;
}

export interface RecordingsTable {
  id: string;
  attempt_id: string | null;
  status: 'recording' | 'processing' | 'ready' | 'recovered' | 'failed';
  mode: 'audio' | 'video';
  mime_type: string;
  /** Relative to the recordings folder. */
  file_name: string;
  bytes_written: Generated<number>;
  duration_sec: number | null;
  analysis: Json | null;
  error: string | null;
  recovered: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Added by 0003-recording-details. */
  question_id: string | null;
  question_text: string | null;
  chunk_count: Generated<number>;
  notice_dismissed: Generated<number>;
}

export interface SavedQuestionsTable {
  question_id: string;
  note: Generated<string>;
  created_at: Timestamp;
}

export interface PlansTable {
  id: string;
  kind: 'daily' | 'weak-areas' | 'advanced' | 'mastery';
  title: string;
  details: Json;
  items: Json;
  status: 'active' | 'completed' | 'archived';
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: Json;
  status: 'queued' | 'running' | 'done' | 'failed';
  tries: Generated<number>;
  run_after: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OutboxTable {
  id: Generated<number>;
  entity: string;
  entity_id: string;
  op: 'upsert' | 'delete';
  payload: Json;
  tries: Generated<number>;
  next_attempt_at: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
}

/** Added by 0002-practice: app state stored with the data (e.g. "bank_version"). */
export interface AppMetaTable {
  key: string;
  value: string;
  updated_at: Timestamp;
}

/** Added by 0002-practice: the answer being typed for a question, saved as the user types. */
export interface DraftsTable {
  question_id: string;
  answer_text: string;
  elapsed_sec: Generated<number>;
  updated_at: Timestamp;
}

export interface LeaderboardCacheTable {
  key: string;
  payload: Json;
  fetched_at: Timestamp;
}

/** Added by 0008-sync: an answer the account service refused, with its reason. */
export interface SyncRejectionsTable {
  attempt_id: string;
  reason: string;
  message: string;
  /** The item as it was sent. */
  payload: Json;
  rejected_at: Timestamp;
}

/** Added by 0006-ai. */
export interface AiUsageTable {
  id: Generated<number>;
  feature: string;
  model: string;
  prompt_tokens: number;
  completion_tokens: number;
  created_at: Timestamp;
}

/** Added by 0006-ai. */
export interface AiReviewsTable {
  attempt_id: string;
  model: string;
  review: Json;
  created_at: Timestamp;
}

/** Added by 0006-ai. */
export interface ChatMessagesTable {
  id: Generated<number>;
  conversation_id: string;
  role: 'user' | 'assistant';
  content: string;
  status: 'complete' | 'stopped' | 'failed';
  model: string | null;
  created_at: Timestamp;
}

export interface Database {
  profile: ProfileTable;
  questions: QuestionsTable;
  sessions: SessionsTable;
  attempts: AttemptsTable;
  attempt_days: AttemptDaysTable;
  attempt_stats: AttemptStatsTable;
  skill_totals: SkillTotalsTable;
  question_totals: QuestionTotalsTable;
  recordings: RecordingsTable;
  saved_questions: SavedQuestionsTable;
  plans: PlansTable;
  jobs: JobsTable;
  outbox: OutboxTable;
  leaderboard_cache: LeaderboardCacheTable;
  app_meta: AppMetaTable;
  drafts: DraftsTable;
  ai_usage: AiUsageTable;
  ai_reviews: AiReviewsTable;
  chat_messages: ChatMessagesTable;
  sync_rejections: SyncRejectionsTable;
}

export type AttemptRow = Selectable<AttemptsTable>;
export type NewAttempt = Insertable<AttemptsTable>;
export type QuestionRow = Selectable<QuestionsTable>;
export type NewQuestion = Insertable<QuestionsTable>;
export type RecordingRow = Selectable<RecordingsTable>;
export type NewRecording = Insertable<RecordingsTable>;
