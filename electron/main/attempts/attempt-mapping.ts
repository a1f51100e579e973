import { Evaluation } from '../../../shared/domain/evaluator/schema';
import type { AttemptDetail, AttemptSummary } from '../../../shared/ipc/channels/attempts';
import type { AttemptRow } from '../db/schema';

type SummaryColumns = Pick<
  AttemptRow,
  | 'id'
  | 'question_id'
  | 'mode'
  | 'overall'
  | 'content_score'
  | 'structure_score'
  | 'language_score'
  | 'delivery_score'
  | 'duration_sec'
  | 'created_at'
>;

export const SUMMARY_COLUMNS = [
  'id',
  'question_id',
  'mode',
  'overall',
  'content_score',
  'structure_score',
  'language_score',
  'delivery_score',
  'duration_sec',
  'created_at',
] as const;

export function toAttemptSummary(row: SummaryColumns): AttemptSummary {
  return {
    id: row.id,
    questionId: row.question_id,
    mode: row.mode,
    overall: row.overall,
    subscores: {
      content: row.content_score,
      structure: row.structure_score,
      language: row.language_score,
      delivery: row.delivery_score,
    },
    durationSec: row.duration_sec,
    createdAt: row.created_at,
  };
}

/** The stored evaluation, or null when the row holds none this version can read. */
function parseEvaluation(json: string): AttemptDetail['evaluation'] {
  try {
    const parsed = Evaluation.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function toAttemptDetail(row: AttemptRow, notice: string | null = null): AttemptDetail {
  return {
    ...toAttemptSummary(row),
    sessionId: row.session_id,
    questionText: row.question_text,
    category: row.category,
    answerText: row.answer_text,
    evaluation: parseEvaluation(row.evaluation),
    evaluator: { kind: row.evaluator_kind, version: row.evaluator_version },
    recordingId: row.recording_id,
    localDay: row.local_day,
    notice,
  };
}
