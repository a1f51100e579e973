import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { MockConfig, type MockConfigInput } from '../../../shared/domain/mock/mock-config';
import { buildMockReport, type MockAnswerResult, type PastMock } from '../../../shared/domain/mock/mock-report';
import { selectMockQuestions, type MockCandidate } from '../../../shared/domain/mock/select-questions';
import { Evaluation } from '../../../shared/domain/evaluator/schema';
import { ROLES } from '../../../shared/domain/questions/bank-schema';
import {
  MockAnswerInput,
  type MockHistoryItem,
  type MockOptions,
  type MockReport,
  type MockSessionView,
} from '../../../shared/ipc/channels/mock';
import { AppError } from '../../../shared/ipc/result';
import { zodMessage } from '../../../shared/ipc/zod-message';
import type { FollowUpWriter } from '../ai/follow-up';
import { createAttemptService } from '../attempts/attempt-service';
import type { MainServices } from '../services';
import { firstUnanswered, type MockState, readMockState, toSessionView, type SessionRow } from './mock-state';
import { processedRecording } from './processed-recording';

export interface MockService {
  options(): Promise<MockOptions>;
  start(config: MockConfigInput): Promise<MockSessionView>;
  active(): Promise<MockSessionView | null>;
  get(sessionId: string): Promise<MockSessionView>;
  answer(input: MockAnswerInput): Promise<MockSessionView>;
  switchToText(sessionId: string): Promise<MockSessionView>;
  finish(sessionId: string): Promise<MockReport>;
  discard(sessionId: string): Promise<{ discarded: boolean }>;
  report(sessionId: string): Promise<MockReport>;
  history(): Promise<MockHistoryItem[]>;
}

function parseStrings(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export interface MockServiceOptions {
  /** Writes a follow-up question from an answer, for mocks set up with followUps (AI on). */
  followUp?: FollowUpWriter;
}

export function createMockService(services: MainServices, options: MockServiceOptions = {}): MockService {
  const { db } = services;
  const attempts = createAttemptService(services);

  async function load(sessionId: string): Promise<{ row: SessionRow; state: MockState }> {
    const row = await db.selectFrom('sessions').selectAll().where('id', '=', sessionId).executeTakeFirst();
    const state = row ? await readMockState(db, row) : null;
    if (!row || !state) throw new AppError('NOT_FOUND', 'That mock interview no longer exists.');
    return { row, state };
  }

  async function save(
    row: SessionRow,
    state: MockState,
    patch: Partial<Pick<SessionRow, 'status' | 'ended_at'>> = {},
  ): Promise<SessionRow> {
    const next = { ...row, ...patch, config: JSON.stringify(state) };
    await db
      .updateTable('sessions')
      .set({ config: next.config, status: next.status, ended_at: next.ended_at })
      .where('id', '=', row.id)
      .execute();
    return next;
  }

  async function mustBeActive(sessionId: string): Promise<{ row: SessionRow; state: MockState }> {
    const loaded = await load(sessionId);
    if (loaded.row.status !== 'active') throw new AppError('CONFLICT', 'This mock interview has already ended.');
    return loaded;
  }

  async function candidates(): Promise<MockCandidate[]> {
    const rows = await db
      .selectFrom('questions')
      .select(['id', 'category', 'type', 'difficulty', 'roles', 'tags'])
      .where('archived', '=', 0)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      category: r.category,
      type: r.type,
      difficulty: r.difficulty,
      roles: parseStrings(r.roles),
      tags: parseStrings(r.tags),
    }));
  }

  /**
   * Completed mock interviews with their totals, oldest first. Totals are recounted from the
   * stored attempts by the report's rule (mean of the answered questions), so mocks finished
   * under an older rule (skips as 0) or stored without a total (sample data) compare fairly.
   */
  async function completed(): Promise<
    Array<{ row: SessionRow; state: MockState; total: number | null; answered: number }>
  > {
    const rows = await db
      .selectFrom('sessions')
      .selectAll()
      .where('kind', '=', 'mock')
      .where('status', '=', 'completed')
      .orderBy('started_at')
      .execute();
    const scored = new Map(
      (
        await db
          .selectFrom('attempts')
          .select(['session_id', sql<number>`avg(overall)`.as('mean'), sql<number>`count(*)`.as('n')])
          .where('session_id', 'in', rows.length ? rows.map((r) => r.id) : [''])
          .groupBy('session_id')
          .execute()
      ).map((r) => [r.session_id, { mean: Number(r.mean), n: Number(r.n) }]),
    );
    const out: Array<{ row: SessionRow; state: MockState; total: number | null; answered: number }> = [];
    for (const row of rows) {
      const state = await readMockState(db, row);
      if (!state) continue;
      const s = scored.get(row.id);
      out.push({ row, state, total: s ? Math.round(s.mean * 10) / 10 : null, answered: s?.n ?? 0 });
    }
    return out;
  }

  async function buildReport(row: SessionRow, state: MockState): Promise<MockReport> {
    const ids = state.answers.flatMap((a) => (a.attemptId ? [a.attemptId] : []));
    const stored = ids.length ? await db.selectFrom('attempts').selectAll().where('id', 'in', ids).execute() : [];
    const byId = new Map(stored.map((a) => [a.id, a]));
    const answers: MockAnswerResult[] = state.questions.map((q) => {
      const answer = state.answers.find((a) => a.index === q.index);
      const attempt = answer?.attemptId ? byId.get(answer.attemptId) : undefined;
      let feedback: MockAnswerResult['feedback'] = [];
      if (attempt) {
        try {
          const parsed = Evaluation.safeParse(JSON.parse(attempt.evaluation));
          if (parsed.success)
            feedback = parsed.data.feedback.map((f) => ({ kind: f.kind, area: f.area, message: f.message }));
        } catch {
          // An evaluation this version cannot read: scores only.
        }
      }
      return {
        index: q.index,
        questionId: q.questionId,
        questionText: q.text,
        category: q.category,
        status: attempt ? 'answered' : 'skipped',
        overall: attempt?.overall ?? null,
        subscores: attempt
          ? {
              content: attempt.content_score,
              structure: attempt.structure_score,
              language: attempt.language_score,
              delivery: attempt.delivery_score,
            }
          : null,
        feedback,
        durationSec: attempt?.duration_sec ?? answer?.durationSec ?? null,
        attemptId: attempt?.id ?? null,
      };
    });
    const endedAt = row.ended_at ?? services.now().toISOString();
    const past: PastMock[] = (await completed())
      .filter((m) => m.row.id !== row.id && (m.row.ended_at ?? m.row.started_at) < endedAt)
      .map((m) => ({ sessionId: m.row.id, endedAt: m.row.ended_at ?? m.row.started_at, total: m.total }));
    const summary = buildMockReport(answers, past);
    return { session: toSessionView(row, state), ...summary };
  }

  return {
    async options() {
      const all = await candidates();
      const roleCounts = ROLES.filter((r) => r !== 'any').map((role) => ({
        id: role,
        count: all.filter((q) => q.roles.includes(role) || q.roles.includes('any')).length,
      }));
      const categoryCounts = new Map<string, number>();
      for (const q of all) categoryCounts.set(q.category, (categoryCounts.get(q.category) ?? 0) + 1);
      const profile = await db.selectFrom('profile').select('target_role').executeTakeFirst();
      const last = await db
        .selectFrom('sessions')
        .selectAll()
        .where('kind', '=', 'mock')
        .where('is_sample', '=', 0)
        .orderBy('started_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      const lastState = last ? await readMockState(db, last) : null;
      return {
        roles: roleCounts,
        categories: [...categoryCounts.entries()]
          .map(([id, count]) => ({ id, count }))
          .sort((a, b) => a.id.localeCompare(b.id)),
        defaultRole: profile?.target_role ?? null,
        lastConfig: lastState?.config ?? null,
      };
    },

    async start(raw) {
      const parsed = MockConfig.safeParse(raw);
      if (!parsed.success) throw new AppError('BAD_INPUT', zodMessage(parsed.error));
      const config = parsed.data;
      const open = await db
        .selectFrom('sessions')
        .select('id')
        .where('kind', '=', 'mock')
        .where('status', '=', 'active')
        .executeTakeFirst();
      if (open)
        throw new AppError(
          'CONFLICT',
          'You have an unfinished mock interview. Resume it or discard it before starting another.',
        );
      const pool = await candidates();
      const history = new Map(
        (await db.selectFrom('question_totals').select(['question_id', 'last_day']).execute()).map((r) => [
          r.question_id,
          { lastDay: r.last_day },
        ]),
      );
      const selection = selectMockQuestions(pool, config.mix, config.count, history, services.today(), randomUUID());
      if (selection.ids.length === 0) {
        throw new AppError(
          'BAD_INPUT',
          'There are no questions for this mix yet. Choose other categories or another role, or add your own questions.',
        );
      }
      const byId = new Map(
        (
          await db
            .selectFrom('questions')
            .select(['id', 'text', 'category', 'difficulty', 'type'])
            .where('id', 'in', selection.ids)
            .execute()
        ).map((q) => [q.id, q]),
      );
      const questions = selection.ids.flatMap((id, index) => {
        const q = byId.get(id);
        return q
          ? [{ index, questionId: q.id, text: q.text, category: q.category, difficulty: q.difficulty, type: q.type }]
          : [];
      });
      const state: MockState = { config, questions, answers: [], shortfall: selection.shortfall, total: null };
      const row: SessionRow = {
        id: randomUUID(),
        kind: 'mock',
        status: 'active',
        config: JSON.stringify(state),
        plan_id: null,
        started_at: services.now().toISOString(),
        ended_at: null,
        is_sample: 0,
      };
      await db
        .insertInto('sessions')
        .values({
          id: row.id,
          kind: row.kind,
          status: row.status,
          config: row.config,
          plan_id: null,
          started_at: row.started_at,
          ended_at: null,
        })
        .execute();
      return toSessionView(row, state);
    },

    async active() {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('kind', '=', 'mock')
        .where('status', '=', 'active')
        .orderBy('started_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      const state = row ? await readMockState(db, row) : null;
      return row && state ? toSessionView(row, state) : null;
    },

    async get(sessionId) {
      const { row, state } = await load(sessionId);
      return toSessionView(row, state);
    },

    async answer(raw) {
      const parsedInput = MockAnswerInput.safeParse(raw);
      if (!parsedInput.success) throw new AppError('BAD_INPUT', zodMessage(parsedInput.error));
      const input = parsedInput.data;
      const { row, state } = await mustBeActive(input.sessionId);
      const question = state.questions.find((q) => q.index === input.index);
      if (!question) throw new AppError('BAD_INPUT', 'That question is not part of this mock interview.');
      // A repeated request (a double click, a retry after a slow save) changes nothing.
      if (state.answers.some((a) => a.index === input.index)) return toSessionView(row, state);
      if (input.index !== firstUnanswered(state)) throw new AppError('CONFLICT', 'Answer the questions in order.');

      let answer: MockState['answers'][number];
      if (input.skip) {
        answer = {
          index: input.index,
          status: 'skipped',
          attemptId: null,
          recordingId: input.recordingId,
          durationSec: input.durationSec,
        };
      } else if (input.recordingId) {
        if (input.answerText.trim() === '') {
          throw new AppError(
            'BAD_INPUT',
            'Type a few words about what you said. The coach scores the content from your notes and the delivery from the recording.',
          );
        }
        const recording = await processedRecording(services.media, input.recordingId);
        const review = recording.review;
        const attempt = await attempts.submit({
          questionId: question.questionId,
          questionText: question.text,
          category: question.category,
          mode: recording.mode,
          answerText: input.answerText,
          durationSec: recording.durationSec ?? input.durationSec,
          recordingId: recording.id,
          voice: review?.metrics ?? null,
          sessionId: row.id,
        });
        await services.media.linkAttempt(recording.id, attempt.id);
        answer = {
          index: input.index,
          status: 'answered',
          attemptId: attempt.id,
          recordingId: recording.id,
          durationSec: attempt.durationSec,
        };
      } else {
        const attempt = await attempts.submit({
          questionId: question.questionId,
          questionText: question.text,
          category: question.category,
          mode: 'text',
          answerText: input.answerText,
          durationSec: input.durationSec,
          sessionId: row.id,
        });
        answer = {
          index: input.index,
          status: 'answered',
          attemptId: attempt.id,
          recordingId: null,
          durationSec: input.durationSec,
        };
      }
      const next = { ...state, answers: [...state.answers, answer] };
      const followUp =
        state.config.followUps && answer.status === 'answered' && question.followUpOf == null && options.followUp
          ? await options.followUp(question, input.answerText)
          : null;
      if (followUp) {
        // Asked next, right after the question it follows. Indexes stay positions (the runner
        // steps through them in order): the questions after it, all unanswered, move up one.
        const position = next.questions.findIndex((q) => q.index === question.index) + 1;
        next.questions = [
          ...next.questions.slice(0, position),
          {
            ...question,
            index: position,
            questionId: followUp.questionId,
            text: followUp.text,
            followUpOf: question.index,
          },
          ...next.questions.slice(position).map((q) => ({ ...q, index: q.index + 1 })),
        ];
      }
      const saved = await save(row, next);
      return toSessionView(saved, next);
    },

    async switchToText(sessionId) {
      const { row, state } = await mustBeActive(sessionId);
      const next = { ...state, config: { ...state.config, mode: 'text' as const } };
      const saved = await save(row, next);
      return toSessionView(saved, next);
    },

    async finish(sessionId) {
      const { row, state } = await load(sessionId);
      if (row.status === 'abandoned') throw new AppError('CONFLICT', 'This mock interview was discarded.');
      if (row.status === 'completed') return buildReport(row, state);
      // Questions left unanswered when the user ends early count as skipped.
      const answered = new Set(state.answers.map((a) => a.index));
      const answers = [
        ...state.answers,
        ...state.questions
          .filter((q) => !answered.has(q.index))
          .map((q) => ({
            index: q.index,
            status: 'skipped' as const,
            attemptId: null,
            recordingId: null,
            durationSec: null,
          })),
      ];
      const endedAt = services.now().toISOString();
      const closing = { ...state, answers };
      const report = await buildReport({ ...row, ended_at: endedAt }, closing);
      const finalState = { ...closing, total: report.total };
      const saved = await save(row, finalState, { status: 'completed', ended_at: endedAt });
      services.events.emit('data:changed', { scope: 'mock' });
      return { ...report, session: toSessionView(saved, finalState) };
    },

    async discard(sessionId) {
      const result = await db
        .updateTable('sessions')
        .set({ status: 'abandoned', ended_at: services.now().toISOString() })
        .where('id', '=', sessionId)
        .where('kind', '=', 'mock')
        .where('status', '=', 'active')
        .executeTakeFirst();
      const discarded = Number(result.numUpdatedRows) > 0;
      if (discarded) services.events.emit('data:changed', { scope: 'mock' });
      return { discarded };
    },

    async report(sessionId) {
      const { row, state } = await load(sessionId);
      if (row.status !== 'completed')
        throw new AppError('CONFLICT', 'The report is ready when the mock interview is finished.');
      return buildReport(row, state);
    },

    async history() {
      return (await completed())
        .map((d) => ({
          id: d.row.id,
          endedAt: d.row.ended_at ?? d.row.started_at,
          total: d.total,
          questionCount: d.state.questions.length,
          answered: d.answered,
          mode: d.state.config.mode,
        }))
        .sort((a, b) => b.endedAt.localeCompare(a.endedAt));
    },
  };
}
