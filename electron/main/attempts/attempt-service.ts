import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { EvaluatorInputError, fitAnswerLength } from '../../../shared/domain/evaluator';
import { localDay } from '../../../shared/domain/stats/local-day';
import { SubmitAttemptInput, type AttemptDetail, type AttemptSummary } from '../../../shared/ipc/channels/attempts';
import { AppError } from '../../../shared/ipc/result';
import { zodMessage } from '../../../shared/ipc/zod-message';
import type { NewAttempt } from '../db/schema';
import type { MainServices } from '../services';
import { SUMMARY_COLUMNS, toAttemptDetail, toAttemptSummary } from './attempt-mapping';
import { evaluationRequest } from './evaluation-request';
import { storeAttempt } from './store-attempt';

export type { SubmitAttemptInput };

export interface AttemptService {
  /**
   * Grades an answer with the local evaluator and stores it: the attempt and its outbox row (the
   * score-only sync item) in one transaction. Rejects with AppError BAD_INPUT when the answer
   * cannot be graded (empty, no words, not English) and NOT_FOUND for an unknown question,
   * recording or session.
   */
  submit(input: SubmitAttemptInput): Promise<AttemptDetail>;
  get(id: string): Promise<AttemptDetail>;
  /** Newest first. */
  listForQuestion(questionId: string, limit?: number): Promise<AttemptSummary[]>;
}

export function createAttemptService(services: MainServices): AttemptService {
  const { db } = services;

  async function mustExist(
    table: 'questions' | 'recordings' | 'sessions',
    id: string | null | undefined,
    what: string,
  ): Promise<void> {
    if (!id) return;
    const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `That ${what} no longer exists.`);
  }

  return {
    async submit(raw) {
      const parsed = SubmitAttemptInput.safeParse(raw);
      if (!parsed.success) throw new AppError('BAD_INPUT', zodMessage(parsed.error));
      const input = parsed.data;
      const question = input.questionId
        ? await db
            .selectFrom('questions')
            .select(['type', 'key_points', 'model_answer'])
            .where('id', '=', input.questionId)
            .executeTakeFirst()
        : null;
      if (input.questionId && !question) throw new AppError('NOT_FOUND', 'That question no longer exists.');
      await mustExist('recordings', input.recordingId, 'recording');
      await mustExist('sessions', input.sessionId, 'practice session');

      // An over-long paste is cut at a sentence end rather than refused, and the user is told.
      const fitted = fitAnswerLength(input.answerText);
      let evaluation;
      try {
        evaluation = await services.evaluator.evaluate(
          evaluationRequest({
            questionText: input.questionText,
            category: input.category,
            mode: input.mode,
            answer: fitted.text,
            durationSec: input.durationSec,
            voice: input.voice,
            answerIsTranscript: input.answerIsTranscript === true,
            question,
          }),
        );
      } catch (error) {
        if (error instanceof EvaluatorInputError) throw new AppError('BAD_INPUT', error.message);
        throw error;
      }

      const completed = services.now();
      const row: NewAttempt = {
        id: randomUUID(),
        session_id: input.sessionId ?? null,
        question_id: input.questionId ?? null,
        question_text: input.questionText,
        category: input.category,
        mode: input.mode,
        answer_text: fitted.text,
        duration_sec: input.durationSec ?? null,
        overall: evaluation.overall,
        content_score: evaluation.subscores.content,
        structure_score: evaluation.subscores.structure,
        language_score: evaluation.subscores.language,
        delivery_score: evaluation.subscores.delivery,
        evaluation: JSON.stringify(evaluation),
        evaluator_kind: evaluation.evaluator.kind,
        evaluator_version: evaluation.evaluator.version,
        recording_id: input.recordingId ?? null,
        local_day: localDay(completed),
        created_at: completed.toISOString(),
      };
      await storeAttempt(db, row);
      services.events.emit('data:changed', { scope: 'attempts' });
      const stored = await db.selectFrom('attempts').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
      return toAttemptDetail(stored, fitted.message);
    },

    async get(id) {
      const row = await db.selectFrom('attempts').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', 'That answer is not in your history.');
      return toAttemptDetail(row);
    },

    async listForQuestion(questionId, limit = 20) {
      const rows = await db
        .selectFrom('attempts')
        .select(SUMMARY_COLUMNS)
        .where('question_id', '=', questionId)
        .orderBy('created_at', 'desc')
        // Two answers can share a millisecond; insertion order breaks the tie.
        .orderBy(sql`rowid`, 'desc')
        .limit(limit)
        .execute();
      return rows.map(toAttemptSummary);
    },
  };
}
