import { sql, type Kysely } from 'kysely';
import { buildBankIndex, matchJobDescription, type BankIndex } from '../../../shared/domain/questions/job-match';
import type { MatchJobResult } from '../../../shared/ipc/channels/questions';
import type { Database } from '../db/schema';
import { parseKeyPoints } from './question-mapping';
import { getQuestions } from './question-queries';

function strings(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

// Indexing the bank costs tens of milliseconds; keep the index while the live questions are the same.
const cache = new WeakMap<Kysely<Database>, { signature: string; index: BankIndex }>();

async function bankIndex(db: Kysely<Database>): Promise<BankIndex> {
  const { rows } = await sql<{ signature: string }>`
    SELECT count(*) || ':' || coalesce(max(rowid), 0) || ':' || coalesce(sum(archived), 0) || ':' ||
      coalesce((SELECT value FROM app_meta WHERE key = 'bank_version'), '') AS signature
    FROM questions`.execute(db);
  const signature = rows[0]?.signature ?? '';
  const cached = cache.get(db);
  if (cached?.signature === signature) return cached.index;
  const questions = await db
    .selectFrom('questions')
    .select(['id', 'category', 'type', 'text', 'tags', 'roles', 'key_points'])
    .where('archived', '=', 0)
    .execute();
  const index = buildBankIndex(
    questions.map((r) => ({
      id: r.id,
      category: r.category,
      type: r.type,
      text: r.text,
      tags: strings(r.tags),
      roles: strings(r.roles),
      keyPointWords: parseKeyPoints(r.key_points).flatMap((k) => [k.text, ...k.cues]),
    })),
  );
  cache.set(db, { signature, index });
  return index;
}

/** Matches a pasted job posting against every live question (bank and the user's own). */
export async function matchJob(db: Kysely<Database>, description: string, limit: number): Promise<MatchJobResult> {
  const result = matchJobDescription(description, await bankIndex(db), limit);
  const summaries = new Map(
    (
      await getQuestions(
        db,
        result.matches.map((m) => m.id),
      )
    ).map((q) => [q.id, q]),
  );
  return {
    roles: result.roles,
    keywords: result.keywords,
    matches: result.matches.flatMap((m) => {
      const question = summaries.get(m.id);
      return question ? [{ question, score: m.score, reasons: m.reasons }] : [];
    }),
  };
}
