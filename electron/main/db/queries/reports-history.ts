import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { buildFtsQuery } from '../../../../shared/domain/questions/fts-query';
import type { HistoryItem, HistoryPage, ParsedHistoryQuery } from '../../../../shared/ipc/channels/reports';
import type { Database } from '../schema';

const EXCERPT_CHARS = 180;

type Filters = Omit<ParsedHistoryQuery, 'page' | 'pageSize' | 'order'>;

/**
 * The WHERE clause for a history filter. Every column it reads is in attempts_history
 * (created_at, local_day, category, mode, overall, is_sample), so counting and paging scan that index and
 * touch table rows only for the page shown; search narrows by attempts_fts first.
 */
function where(filters: Filters) {
  const fts = filters.search ? buildFtsQuery(filters.search) : null;
  return (eb: ExpressionBuilder<Database, 'attempts'>): Expression<SqlBool> => {
    const parts: Array<Expression<SqlBool>> = [];
    if (filters.category) parts.push(eb('attempts.category', '=', filters.category));
    if (filters.mode) parts.push(eb('attempts.mode', '=', filters.mode));
    if (filters.from) parts.push(eb('attempts.local_day', '>=', filters.from));
    if (filters.to) parts.push(eb('attempts.local_day', '<=', filters.to));
    if (filters.minScore !== null && filters.minScore !== undefined) parts.push(eb('attempts.overall', '>=', filters.minScore));
    if (filters.maxScore !== null && filters.maxScore !== undefined) parts.push(eb('attempts.overall', '<=', filters.maxScore));
    if (filters.sample === 'real') parts.push(eb('attempts.is_sample', '=', 0));
    if (filters.sample === 'sample') parts.push(eb('attempts.is_sample', '=', 1));
    if (fts) parts.push(sql<SqlBool>`attempts.rowid IN (SELECT rowid FROM attempts_fts WHERE attempts_fts MATCH ${fts.all})`);
    return eb.and(parts);
  };
}

/** Whether the search text holds any word at all; a search of only punctuation matches nothing. */
function searchIsEmpty(filters: Filters): boolean {
  return Boolean(filters.search?.trim()) && buildFtsQuery(filters.search ?? '') === null;
}

export async function historyPage(db: Kysely<Database>, query: ParsedHistoryQuery): Promise<HistoryPage> {
  const { page, pageSize, order, ...filters } = query;
  if (searchIsEmpty(filters)) return { items: [], total: 0, page: 1, pageSize, pages: 0 };
  const filter = where(filters);
  const counted = await db.selectFrom('attempts').select(sql<number>`count(*)`.as('n')).where(filter).executeTakeFirstOrThrow();
  const total = counted.n;
  const pages = Math.ceil(total / pageSize);
  const current = Math.min(page, Math.max(1, pages));
  const direction = order === 'oldest' ? 'asc' : 'desc';
  const rows = await db
    .selectFrom('attempts')
    .leftJoin('sessions', 'sessions.id', 'attempts.session_id')
    .select([
      'attempts.id',
      'attempts.question_id',
      'attempts.question_text',
      'attempts.category',
      'attempts.mode',
      'attempts.overall',
      'attempts.content_score',
      'attempts.structure_score',
      'attempts.language_score',
      'attempts.delivery_score',
      'attempts.duration_sec',
      'attempts.created_at',
      'attempts.local_day',
      'attempts.is_sample',
      'attempts.recording_id',
      'sessions.kind as session_kind',
      sql<string>`substr(attempts.answer_text, 1, ${EXCERPT_CHARS + 1})`.as('excerpt'),
    ])
    .where(filter)
    .orderBy('attempts.created_at', direction)
    .orderBy(sql`attempts.rowid`, direction)
    .limit(pageSize)
    .offset((current - 1) * pageSize)
    .execute();
  return {
    items: rows.map(
      (r): HistoryItem => ({
        id: r.id,
        questionId: r.question_id,
        questionText: r.question_text,
        category: r.category,
        mode: r.mode,
        overall: r.overall,
        subscores: { content: r.content_score, structure: r.structure_score, language: r.language_score, delivery: r.delivery_score },
        durationSec: r.duration_sec,
        createdAt: r.created_at,
        localDay: r.local_day,
        excerpt: excerpt(r.excerpt),
        isSample: r.is_sample === 1,
        recordingId: r.recording_id,
        sessionKind: r.session_kind,
      }),
    ),
    total,
    page: current,
    pageSize,
    pages,
  };
}

/** The answer's opening, cut at a word and marked when there is more. */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const cut = flat.slice(0, EXCERPT_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_CHARS * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
