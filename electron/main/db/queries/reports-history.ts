import { sql, type Kysely, type RawBuilder } from 'kysely';
import { buildFtsQuery } from '../../../../shared/domain/questions/fts-query';
import { shiftDay } from '../../../../shared/domain/reports/day-math';
import type { HistoryItem, HistoryPage, ParsedHistoryQuery } from '../../../../shared/ipc/channels/reports';
import type { Database } from '../schema';

const EXCERPT_CHARS = 180;
/**
 * Up to this many search matches, the search drives the query (the matching rows are looked up
 * by rowid); above it, the filters scan the attempts_history index and test each row against the
 * matches, which costs the same whatever the search matched.
 */
const FTS_LOOKUP_LIMIT = 500;

type Filters = Omit<ParsedHistoryQuery, 'page' | 'pageSize' | 'order'>;

/**
 * The filter as SQL conditions on columns of attempts_history (created_at, local_day, category,
 * mode, overall, is_sample), so counting and paging read that index (or attempts_created) and
 * touch table rows only for the page shown. A day range also bounds created_at (a day ± the
 * widest time-zone offset), which lets the date-ordered index serve the range.
 */
function conditions(f: Filters): Array<RawBuilder<unknown>> {
  const parts: Array<RawBuilder<unknown>> = [];
  if (f.category) parts.push(sql`category = ${f.category}`);
  if (f.mode) parts.push(sql`mode = ${f.mode}`);
  if (f.from) parts.push(sql`local_day >= ${f.from}`, sql`created_at >= ${shiftDay(f.from, -1)}`);
  if (f.to) parts.push(sql`local_day <= ${f.to}`, sql`created_at < ${shiftDay(f.to, 2)}`);
  if (f.minScore !== null && f.minScore !== undefined) parts.push(sql`overall >= ${f.minScore}`);
  if (f.maxScore !== null && f.maxScore !== undefined) parts.push(sql`overall <= ${f.maxScore}`);
  if (f.sample === 'real') parts.push(sql`is_sample = 0`);
  if (f.sample === 'sample') parts.push(sql`is_sample = 1`);
  return parts;
}

const whereOf = (parts: ReadonlyArray<RawBuilder<unknown>>) =>
  parts.length ? sql`WHERE ${sql.join(parts, sql` AND `)}` : sql``;

interface Plan {
  total: number;
  /** The page's rowids, in order. */
  rowids(limit: number, offset: number, direction: 'ASC' | 'DESC'): Promise<number[]>;
}

/**
 * Filters on type, score or sample read attempts_history, which holds them (the planner would
 * rather walk attempts_created in date order and fetch each row — slow, since a row's score sits
 * behind its long answer text). A category alone, or nothing, it plans well itself.
 */
function needsHistoryIndex(f: Filters): boolean {
  return (
    Boolean(f.mode) ||
    (f.minScore !== null && f.minScore !== undefined) ||
    (f.maxScore !== null && f.maxScore !== undefined) ||
    f.sample !== 'all'
  );
}

async function plainPlan(
  db: Kysely<Database>,
  parts: Array<RawBuilder<unknown>>,
  useHistoryIndex: boolean,
): Promise<Plan> {
  const where = whereOf(parts);
  const from = useHistoryIndex ? sql`attempts INDEXED BY attempts_history` : sql`attempts`;
  const counted = await sql<{ n: number }>`SELECT count(*) AS n FROM attempts ${where}`.execute(db);
  return {
    total: counted.rows[0]?.n ?? 0,
    rowids: async (limit, offset, direction) =>
      (
        await sql<{
          rowid: number;
        }>`SELECT rowid FROM ${from} ${where} ORDER BY created_at ${sql.raw(direction)}, rowid ${sql.raw(direction)} LIMIT ${limit} OFFSET ${offset}`.execute(
          db,
        )
      ).rows.map((r) => r.rowid),
  };
}

async function searchPlan(
  db: Kysely<Database>,
  parts: Array<RawBuilder<unknown>>,
  match: string,
  lookupLimit: number,
  category: boolean,
): Promise<Plan> {
  const matches =
    (await sql<{ n: number }>`SELECT count(*) AS n FROM attempts_fts WHERE attempts_fts MATCH ${match}`.execute(db))
      .rows[0]?.n ?? 0;
  if (matches === 0) return { total: 0, rowids: async () => [] };
  const inFts = sql`(SELECT rowid FROM attempts_fts WHERE attempts_fts MATCH ${match})`;
  // Few matches: look them up. Many: scan the covering index and test membership ("+rowid"
  // keeps the planner from turning the test back into one lookup per match).
  const few = matches <= lookupLimit;
  // A category narrows the scan to its own stretch of attempts_category_created.
  const from = few
    ? sql`attempts`
    : category
      ? sql`attempts INDEXED BY attempts_category_created`
      : sql`attempts INDEXED BY attempts_history`;
  const where = whereOf([few ? sql`rowid IN ${inFts}` : sql`+rowid IN ${inFts}`, ...parts]);
  const order = (direction: 'ASC' | 'DESC') =>
    sql`ORDER BY created_at ${sql.raw(direction)}, rowid ${sql.raw(direction)}`;
  if (parts.length === 0 && !few) {
    // Every match counts, and the newest matches come first in the date index: stop at the page.
    return {
      total: matches,
      rowids: async (limit, offset, direction) =>
        (
          await sql<{
            rowid: number;
          }>`SELECT rowid FROM ${from} ${where} ${order(direction)} LIMIT ${limit} OFFSET ${offset}`.execute(db)
        ).rows.map((r) => r.rowid),
    };
  }
  // One pass finds every answer that matches and passes the filters; count and page come from it.
  const hits = (
    await sql<{ rowid: number; created_at: string }>`SELECT rowid, created_at FROM ${from} ${where}`.execute(db)
  ).rows;
  return {
    total: hits.length,
    rowids: async (limit, offset, direction) => {
      const sign = direction === 'ASC' ? 1 : -1;
      hits.sort(
        (a, b) => sign * (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.rowid - b.rowid),
      );
      return hits.slice(offset, offset + limit).map((h) => h.rowid);
    },
  };
}

/** The newest attempts within a category and dates, by rowid: read from the date index, not by sorting rows. */
export async function newestAttemptRowids(
  db: Kysely<Database>,
  filters: Pick<Filters, 'category' | 'from' | 'to'>,
  limit: number,
): Promise<number[]> {
  const where = whereOf(conditions({ ...filters, sample: 'all' }));
  const rows = await sql<{
    rowid: number;
  }>`SELECT rowid FROM attempts ${where} ORDER BY created_at DESC, rowid DESC LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => r.rowid);
}

interface PageRow {
  rowid: number;
  id: string;
  question_id: string | null;
  question_text: string;
  category: string;
  mode: HistoryItem['mode'];
  overall: number;
  content_score: number | null;
  structure_score: number | null;
  language_score: number | null;
  delivery_score: number | null;
  duration_sec: number | null;
  created_at: string;
  local_day: string;
  is_sample: number;
  recording_id: string | null;
  session_kind: string | null;
  excerpt: string;
}

export async function historyPage(
  db: Kysely<Database>,
  query: ParsedHistoryQuery,
  options: { ftsLookupLimit?: number } = {},
): Promise<HistoryPage> {
  const { page, pageSize, order, ...filters } = query;
  const fts = filters.search?.trim() ? buildFtsQuery(filters.search) : null;
  // A search of only punctuation or operators has no word to look for: nothing matches.
  if (filters.search?.trim() && !fts) return { items: [], total: 0, page: 1, pageSize, pages: 0 };
  const parts = conditions(filters);
  const plan = fts
    ? await searchPlan(db, parts, fts.all, options.ftsLookupLimit ?? FTS_LOOKUP_LIMIT, Boolean(filters.category))
    : await plainPlan(db, parts, needsHistoryIndex(filters));
  const pages = Math.ceil(plan.total / pageSize);
  const current = Math.min(page, Math.max(1, pages));
  const rowids = plan.total
    ? await plan.rowids(pageSize, (current - 1) * pageSize, order === 'oldest' ? 'ASC' : 'DESC')
    : [];
  const rows = rowids.length
    ? (
        await sql<PageRow>`
          SELECT a.rowid, a.id, a.question_id, a.question_text, a.category, a.mode, a.overall, a.content_score, a.structure_score,
            a.language_score, a.delivery_score, a.duration_sec, a.created_at, a.local_day, a.is_sample, a.recording_id,
            s.kind AS session_kind, substr(a.answer_text, 1, ${EXCERPT_CHARS + 1}) AS excerpt
          FROM attempts a LEFT JOIN sessions s ON s.id = a.session_id
          WHERE a.rowid IN (${sql.join(rowids)})`.execute(db)
      ).rows
    : [];
  const byRowid = new Map(rows.map((r) => [r.rowid, r]));
  return {
    items: rowids.flatMap((rowid) => {
      const r = byRowid.get(rowid);
      return r ? [toItem(r)] : [];
    }),
    total: plan.total,
    page: current,
    pageSize,
    pages,
  };
}

function toItem(r: PageRow): HistoryItem {
  return {
    id: r.id,
    questionId: r.question_id,
    questionText: r.question_text,
    category: r.category,
    mode: r.mode,
    overall: r.overall,
    subscores: {
      content: r.content_score,
      structure: r.structure_score,
      language: r.language_score,
      delivery: r.delivery_score,
    },
    durationSec: r.duration_sec,
    createdAt: r.created_at,
    localDay: r.local_day,
    excerpt: excerpt(r.excerpt),
    isSample: r.is_sample === 1,
    recordingId: r.recording_id,
    sessionKind: r.session_kind,
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
