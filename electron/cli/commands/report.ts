import path from 'node:path';
import { Day } from '../../../shared/domain/reports/report-schema';
import { AppError } from '../../../shared/ipc/result';
import { dataFolderPlatform } from '../../main/platform/data-folder-platform';
import { exportReport } from '../../main/reports/export-report';
import { openCliServices } from '../cli-services';
import type { CliCommand } from '../cli-types';
import { UsageError } from '../cli-types';
import { parseCommandArgs, wholeNumberOption } from '../parse-args';

function day(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!Day.safeParse(value).success || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new UsageError(`${flag} must be a date like 2026-09-01`);
  return value;
}

/** `coach report --pdf <out.pdf> [--since <date>]`: the app's PDF progress report, from the data folder. */
export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Write the PDF progress report (summary, charts, categories, recent answers)',
  usage: 'report --pdf <out.pdf> [--since <date>] [--until <date>] [--category <slug>] [--recent <n>] [--json]',
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      pdf: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      category: { type: 'string' },
      recent: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (!values.pdf) throw new UsageError('Give the file to write with --pdf <out.pdf>');
    const from = day(values.since, '--since');
    const to = day(values.until, '--until');
    if (from && to && from > to) throw new UsageError('--since is after --until');
    const recent = wholeNumberOption(values.recent, '--recent', { min: 0, max: 200 }, 20);
    if (values.category !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(values.category))
      throw new UsageError('--category must be a category slug such as "sales"');

    const services = await openCliServices(io);
    try {
      const result = await exportReport(
        {
          db: services.db,
          now: services.now,
          today: services.today,
          app: services.app,
          resourcesDir: services.resourcesDir,
          platform: dataFolderPlatform(services.paths.exports),
        },
        {
          filters: { from, to, category: values.category, bucket: 'auto' },
          recentAttempts: recent,
          path: path.resolve(io.cwd, values.pdf),
        },
      );
      if (result.status !== 'saved') throw new Error('the report was not saved');
      io.stdout(
        values.json
          ? `${JSON.stringify(result)}\n`
          : `Wrote ${result.path} (${result.pages} pages, ${Math.round(result.bytes / 1024)} KB).\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof AppError) {
        io.stderr(`coach report: ${error.message}\n`);
        return 1;
      }
      throw error;
    } finally {
      await services.close();
    }
  },
};
