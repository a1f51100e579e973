import { sql, type Kysely, type Transaction } from 'kysely';
import type { ImportCounts, ImportProblem } from '../../../shared/ipc/channels/data-import';
import { syncItemFor } from '../attempts/sync-item';
import { deleteLocalData } from '../db/queries/reset';
import type { Database } from '../db/schema';
import type { BackupRows } from './backup-rows';

export type ImportMode = 'merge' | 'replace';

export interface AppliedImport {
  added: ImportCounts;
  kept: ImportCounts;
  queuedForSync: number;
  problems: ImportProblem[];
  /** Recordings that were here before a replace (their files go once the import has committed). */
  replacedRecordingIds: string[];
}

export function emptyCounts(): ImportCounts {
  return { attempts: 0, recordings: 0, questions: 0, plans: 0, sessions: 0, chatMessages: 0 };
}

/** The rows of a backup that count as the user's history (the bank's questions ship with every app). */
export function importableCounts(rows: BackupRows): ImportCounts {
  return {
    attempts: rows.attempts.length,
    recordings: rows.recordings.length,
    questions: rows.questions.filter((q) => q.source !== 'bank').length,
    plans: rows.plans.length,
    sessions: rows.sessions.length,
    chatMessages: rows.chat_messages.length,
  };
}

type Keyed = 'attempts' | 'recordings' | 'questions' | 'plans' | 'sessions';

async function ids(trx: Kysely<Database>, table: Keyed): Promise<Set<string>> {
  const rows = await trx.selectFrom(table).select('id').execute();
  return new Set(rows.map((r) => r.id));
}

/** How many of a backup's rows are already in the database (same id): what a merge would keep. */
export async function countAlreadyHere(db: Kysely<Database>, rows: BackupRows): Promise<ImportCounts> {
  const here = async (table: Keyed, list: Array<{ id: string }>): Promise<number> => {
    const existing = await ids(db, table);
    return list.filter((r) => existing.has(r.id)).length;
  };
  const conversations = new Set(
    (await db.selectFrom('chat_messages').select('conversation_id').distinct().execute()).map((r) => r.conversation_id),
  );
  return {
    attempts: await here('attempts', rows.attempts),
    recordings: await here('recordings', rows.recordings),
    questions: await here(
      'questions',
      rows.questions.filter((q) => q.source !== 'bank'),
    ),
    plans: await here('plans', rows.plans),
    sessions: await here('sessions', rows.sessions),
    chatMessages: rows.chat_messages.filter((m) => conversations.has(m.conversation_id)).length,
  };
}

const BATCH = 200;

async function insertAll<T extends keyof Database>(
  trx: Transaction<Database>,
  table: T,
  rows: Array<Record<string, unknown>>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + BATCH) as never)
      .execute();
  }
}

/**
 * Writes a checked backup in ONE transaction: any failure rolls everything back, so the database
 * is exactly as before. Merge adds rows whose id is not here and never changes a row that is;
 * replace deletes the history first (as delete-all does, keeping the question bank).
 *
 * Sync: the account service is idempotent by attempt id, so sending an answer twice is harmless
 * (it answers "duplicate"), but there is no reason to: only answers that were still waiting in the
 * exporting computer's outbox get an outbox row here; those it had already sent do not.
 */
export async function applyImport(db: Kysely<Database>, rows: BackupRows, mode: ImportMode): Promise<AppliedImport> {
  return db.transaction().execute(async (trx) => {
    const problems: ImportProblem[] = [];
    const replacedRecordingIds = mode === 'replace' ? (await deleteLocalData(trx)).recordingIds : [];
    const added = emptyCounts();
    const kept = emptyCounts();
    const fresh = async <R extends { id: string }>(table: Keyed, list: R[], counter: keyof ImportCounts) => {
      const existing = await ids(trx, table);
      const out = list.filter((r) => !existing.has(r.id));
      kept[counter] = list.length - out.length;
      added[counter] = out.length;
      return { existing, out };
    };

    const profile = rows.profile[0];
    if (profile && !(await trx.selectFrom('profile').select('id').executeTakeFirst())) {
      await trx.insertInto('profile').values(profile).execute();
    }

    const plans = await fresh('plans', rows.plans, 'plans');
    await insertAll(trx, 'plans', plans.out);
    const planIds = new Set([...plans.existing, ...plans.out.map((p) => p.id)]);

    const questions = await fresh(
      'questions',
      rows.questions.filter((q) => q.source !== 'bank'),
      'questions',
    );
    await insertAll(trx, 'questions', questions.out);
    const questionIds = new Set([...questions.existing, ...questions.out.map((q) => q.id)]);

    const sessions = await fresh('sessions', rows.sessions, 'sessions');
    await insertAll(
      trx,
      'sessions',
      sessions.out.map((s) => ({ ...s, plan_id: s.plan_id && planIds.has(s.plan_id) ? s.plan_id : null })),
    );
    const sessionIds = new Set([...sessions.existing, ...sessions.out.map((s) => s.id)]);

    const recordings = await fresh('recordings', rows.recordings, 'recordings');
    await insertAll(
      trx,
      'recordings',
      recordings.out.map((r) => ({ ...r, file_name: `${r.id}.webm` })),
    );
    const recordingIds = new Set([...recordings.existing, ...recordings.out.map((r) => r.id)]);

    const attempts = await fresh('attempts', rows.attempts, 'attempts');
    let unknownQuestions = 0;
    await insertAll(
      trx,
      'attempts',
      attempts.out.map((a) => {
        // A bank question this app's bank does not have: the answer keeps the question's wording.
        const questionKnown = !a.question_id || questionIds.has(a.question_id);
        if (!questionKnown) unknownQuestions += 1;
        return {
          ...a,
          question_id: questionKnown ? a.question_id : null,
          session_id: a.session_id && sessionIds.has(a.session_id) ? a.session_id : null,
          recording_id: a.recording_id && recordingIds.has(a.recording_id) ? a.recording_id : null,
        };
      }),
    );
    if (unknownQuestions) {
      problems.push({
        where: 'attempts',
        message: `${unknownQuestions} ${unknownQuestions === 1 ? 'answer is' : 'answers are'} to questions this version's bank does not have; kept with the question's wording.`,
      });
    }
    const newAttemptIds = new Set(attempts.out.map((a) => a.id));

    /** Rows of a table keyed by a column, added when `belongs` and the key is not here yet. */
    const addMissing = async <T extends 'ai_reviews' | 'saved_questions' | 'drafts'>(
      table: T,
      column: 'attempt_id' | 'question_id',
      list: Array<Record<string, unknown>>,
      belongs: (key: string) => boolean,
    ): Promise<void> => {
      const here = await sql<{ key: string }>`SELECT ${sql.ref(column)} AS key FROM ${sql.table(table)}`.execute(trx);
      const taken = new Set(here.rows.map((r) => r.key));
      await insertAll(
        trx,
        table,
        list.filter((row) => belongs(row[column] as string) && !taken.has(row[column] as string)),
      );
    };
    await addMissing('ai_reviews', 'attempt_id', rows.ai_reviews, (id) => newAttemptIds.has(id));
    await addMissing('saved_questions', 'question_id', rows.saved_questions, (id) => questionIds.has(id));
    await addMissing('drafts', 'question_id', rows.drafts, (id) => questionIds.has(id));

    // Messages have no id of their own across computers: a conversation is added whole or not at all.
    const conversations = new Set(
      (await trx.selectFrom('chat_messages').select('conversation_id').distinct().execute()).map(
        (r) => r.conversation_id,
      ),
    );
    const messages = rows.chat_messages
      .filter((m) => !conversations.has(m.conversation_id))
      .sort((a, b) => a.id - b.id)
      .map(({ id: _id, ...message }) => message);
    added.chatMessages = messages.length;
    kept.chatMessages = rows.chat_messages.length - messages.length;
    await insertAll(trx, 'chat_messages', messages);

    const pending = new Set(
      rows.outbox.filter((o) => o.entity === 'attempt' && o.op === 'upsert').map((o) => o.entity_id),
    );
    const outbox = [];
    for (const attempt of attempts.out) {
      if (attempt.is_sample || !pending.has(attempt.id)) continue;
      try {
        const item = syncItemFor(attempt);
        outbox.push({
          entity: 'attempt',
          entity_id: attempt.id,
          op: 'upsert' as const,
          payload: JSON.stringify(item),
          created_at: attempt.created_at,
        });
      } catch {
        problems.push({
          where: `attempts/${attempt.id}`,
          message: 'Cannot be synced as it is; kept on this computer only.',
        });
      }
    }
    await insertAll(trx, 'outbox', outbox);

    return { added, kept, queuedForSync: outbox.length, problems, replacedRecordingIds };
  });
}
