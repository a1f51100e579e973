import { sql, type Kysely } from 'kysely';
import type { ReportsOverview } from '../../../shared/domain/reports/report-schema';
import type { AttemptDetail } from '../../../shared/ipc/channels/attempts';
import type { OverviewInput } from '../../../shared/ipc/channels/reports';
import { toAttemptDetail } from '../attempts/attempt-mapping';
import { reportsOverview } from '../db/queries/reports';
import { newestAttemptRowids } from '../db/queries/reports-history';
import type { Database } from '../db/schema';

export interface ReportAttempt extends AttemptDetail {
  isSample: boolean;
}

/** What a PDF report prints, gathered in one place so the CLI, the app and the bench share it. */
export interface ReportData {
  overview: ReportsOverview;
  recent: ReportAttempt[];
  generatedAt: Date;
  app: { name: string; version: string };
}

export interface ReportDataOptions {
  filters?: Omit<OverviewInput, 'bucket'> & { bucket?: OverviewInput['bucket'] };
  recentAttempts: number;
  now: Date;
  today: string;
  app: { name: string; version: string };
}

/** The newest answers within the report's filters, with their stored evaluations. */
async function recentAttempts(
  db: Kysely<Database>,
  overview: ReportsOverview,
  limit: number,
): Promise<ReportAttempt[]> {
  if (limit <= 0) return [];
  const rowids = await newestAttemptRowids(db, overview.filters, limit);
  if (rowids.length === 0) return [];
  const rows = await db
    .selectFrom('attempts')
    .selectAll()
    .where(sql<boolean>`rowid IN (${sql.join(rowids)})`)
    .orderBy('created_at', 'desc')
    .orderBy(sql`rowid`, 'desc')
    .execute();
  return rows.map((row) => ({ ...toAttemptDetail(row), isSample: row.is_sample === 1 }));
}

export async function gatherReportData(db: Kysely<Database>, options: ReportDataOptions): Promise<ReportData> {
  const overview = await reportsOverview(
    db,
    { ...options.filters, bucket: options.filters?.bucket ?? 'auto' },
    options.today,
  );
  return {
    overview,
    recent: await recentAttempts(db, overview, options.recentAttempts),
    generatedAt: options.now,
    app: options.app,
  };
}
