import { sql, type Kysely, type RawBuilder } from 'kysely';
import { buildFtsQuery } from '../../../shared/domain/questions/fts-query';
import type {
  QuestionDetail,
  QuestionFacets,
  QuestionFilters,
  QuestionSummary,
  SearchQuestionsResult,
} from '../../../shared/ipc/channels/questions';
import type { Database } from '../db/schema';
import { BANK_VERSION_KEY } from './bank-sync';
import { toQuestionDetail, toQuestionSummary, type DetailRow, type SummaryRow } from './question-mapping';

const SUMMARY_SELECT = sql`q.id, q.source, q.category, q.type, q.difficulty, q.text, q.tags, q.roles,
  (q.model_answer IS NOT NULL) AS has_model_answer,
  EXISTS (SELECT 1 FROM saved_questions s WHERE s.question_id = q.id) AS saved`;

/** Live (not archived) questions matching the filters; a role also admits questions for any role. */
function filterClause(filters: QuestionFilters): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`q.archived = 0`];
  if (filters.category) parts.push(sql`q.category = ${filters.category}`);
  if (filters.difficulty) parts.push(sql`q.difficulty = ${filters.difficulty}`);
  if (filters.source) parts.push(sql`q.source = ${filters.source}`);
  if (filters.role)
    parts.push(sql`EXISTS (SELECT 1 FROM json_each(q.roles) r WHERE r.value IN (${filters.role}, 'any'))`);
  return sql.join(parts, sql` AND `);
}

type SearchRow = SummaryRow & { total: number };

export interface SearchOptions extends QuestionFilters {
  query: string;
  limit: number;
  offset: number;
}

async function ftsSearch(db: Kysely<Database>, match: string, options: SearchOptions): Promise<SearchRow[]> {
  // bm25 column weights: question text, tags, category, key points.
  const result = await sql<SearchRow>`
    SELECT ${SUMMARY_SELECT}, count(*) OVER () AS total
    FROM (SELECT rowid, bm25(questions_fts, 10.0, 5.0, 2.0, 1.5) AS rank FROM questions_fts WHERE questions_fts MATCH ${match}) f
    JOIN questions q ON q.rowid = f.rowid
    WHERE ${filterClause(options)}
    ORDER BY f.rank, q.id
    LIMIT ${options.limit} OFFSET ${options.offset}`.execute(db);
  return result.rows;
}

export async function searchQuestions(db: Kysely<Database>, options: SearchOptions): Promise<SearchQuestionsResult> {
  const fts = buildFtsQuery(options.query);
  let rows: SearchRow[];
  let matchedAllWords = true;
  if (fts) {
    rows = await ftsSearch(db, fts.all, options);
    if (rows.length === 0 && options.offset === 0 && fts.terms.length > 1) {
      rows = await ftsSearch(db, fts.any, options);
      matchedAllWords = false;
    }
  } else {
    // No words to search for: browse, the user's own questions first.
    const result = await sql<SearchRow>`
      SELECT ${SUMMARY_SELECT}, count(*) OVER () AS total
      FROM questions q
      WHERE ${filterClause(options)}
      ORDER BY (q.source = 'custom') DESC, q.category, q.id
      LIMIT ${options.limit} OFFSET ${options.offset}`.execute(db);
    rows = result.rows;
  }
  return { items: rows.map(toQuestionSummary), total: rows[0]?.total ?? 0, matchedAllWords };
}

export async function getQuestion(db: Kysely<Database>, id: string): Promise<QuestionDetail | null> {
  const result = await sql<DetailRow>`
    SELECT q.*,
      EXISTS (SELECT 1 FROM saved_questions s WHERE s.question_id = q.id) AS saved,
      (SELECT count(*) FROM attempts a WHERE a.question_id = q.id) AS attempt_count,
      (SELECT max(a.overall) FROM attempts a WHERE a.question_id = q.id) AS best_score
    FROM questions q WHERE q.id = ${id}`.execute(db);
  const row = result.rows[0];
  return row ? toQuestionDetail(row) : null;
}

/** In the order asked; ids that do not exist are skipped. Archived questions are included (a saved set may hold them). */
export async function getQuestions(db: Kysely<Database>, ids: readonly string[]): Promise<QuestionSummary[]> {
  if (ids.length === 0) return [];
  const result =
    await sql<SummaryRow>`SELECT ${SUMMARY_SELECT} FROM questions q WHERE q.id IN (${sql.join([...ids])})`.execute(db);
  const byId = new Map(result.rows.map((r) => [r.id, toQuestionSummary(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A random live question, preferring ones the user has not answered yet. */
export async function randomQuestion(
  db: Kysely<Database>,
  filters: QuestionFilters & { excludeId?: string },
): Promise<QuestionDetail | null> {
  const exclude = filters.excludeId ? sql` AND q.id != ${filters.excludeId}` : sql``;
  const result = await sql<{ id: string }>`
    SELECT q.id FROM questions q
    WHERE ${filterClause(filters)}${exclude}
    ORDER BY EXISTS (SELECT 1 FROM attempts a WHERE a.question_id = q.id), random()
    LIMIT 1`.execute(db);
  const id = result.rows[0]?.id;
  return id ? getQuestion(db, id) : null;
}

export async function questionFacets(db: Kysely<Database>): Promise<QuestionFacets> {
  const categories = await db
    .selectFrom('questions')
    .select(['category as id', sql<number>`count(*)`.as('count')])
    .where('archived', '=', 0)
    .groupBy('category')
    .orderBy('category')
    .execute();
  const version = await db
    .selectFrom('app_meta')
    .select('value')
    .where('key', '=', BANK_VERSION_KEY)
    .executeTakeFirst();
  return {
    bankVersion: version?.value ?? null,
    total: categories.reduce((sum, c) => sum + Number(c.count), 0),
    categories: categories.map((c) => ({ id: c.id, count: Number(c.count) })),
  };
}
