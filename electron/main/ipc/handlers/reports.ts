import path from 'node:path';
import { reportsOverview } from '../../db/queries/reports';
import { historyAttempt } from '../../db/queries/reports-attempt';
import { historyPage } from '../../db/queries/reports-history';
import type { Platform } from '../../platform/platform';
import { exportReport } from '../../reports/export-report';
import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

type ReportChannels =
  'reports:overview' | 'reports:history' | 'reports:attempt' | 'reports:export-pdf' | 'reports:show-file';

export function reportHandlers(services: MainServices, platform: Platform): Handlers<ReportChannels> {
  // Only files this process wrote may be revealed: the renderer cannot point the file manager anywhere else.
  const exported = new Set<string>();
  return {
    'reports:overview': (input) => reportsOverview(services.db, input, services.today()),
    'reports:history': (input) => historyPage(services.db, input),
    'reports:attempt': ({ id }) => historyAttempt(services.db, id),
    'reports:export-pdf': async (input) => {
      const result = await exportReport(
        {
          db: services.db,
          now: services.now,
          today: services.today,
          app: services.app,
          resourcesDir: services.resourcesDir,
          platform,
        },
        { filters: input.filters, recentAttempts: input.recentAttempts },
      );
      if (result.status === 'saved') exported.add(result.path);
      return result;
    },
    'reports:show-file': async ({ path: file }) => {
      const resolved = path.resolve(file);
      return { shown: exported.has(resolved) ? await platform.showItemInFolder(resolved) : false };
    },
  };
}
