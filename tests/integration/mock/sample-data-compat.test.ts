import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdvisorService } from '../../../electron/main/advisor/advisor-service';
import { createMockService } from '../../../electron/main/mock/mock-service';
import { createProfileService } from '../../../electron/main/profile/profile-service';
import { loadSampleData } from '../../../electron/main/sample/sample-data';
import type { MainServices } from '../../../electron/main/services';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

/**
 * The sample generator (electron/main/sample) writes its own mock sessions; the mock history,
 * their reports, the advisor and the badges must read them like the user's own.
 */
describe('sample data in the mock history, the advisor and the badges', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  beforeEach(async () => {
    dir = makeTempDir();
    services = await startTestServices(dir.path);
  });
  afterEach(async () => {
    await services.close();
    dir.remove();
  });

  it('lists the sample mock interviews with totals and opens their reports', async () => {
    await loadSampleData(
      { db: services.db, sqlite: services.database.sqlite },
      { attempts: 400, now: services.now(), seed: 7 },
    );
    const sampleSessions = await services.db
      .selectFrom('sessions')
      .select('id')
      .where('kind', '=', 'mock')
      .where('is_sample', '=', 1)
      .execute();
    expect(sampleSessions.length).toBeGreaterThan(0);

    const mock = createMockService(services);
    const history = await mock.history();
    expect(history.map((h) => h.id).sort()).toEqual(sampleSessions.map((s) => s.id).sort());
    for (const h of history) {
      expect(h.total).toBeGreaterThan(0);
      expect(h.answered).toBeGreaterThan(0);
    }
    const oldest = history.at(-1);
    const report = await mock.report(oldest?.id ?? '');
    expect(report.answered).toBe(oldest?.answered);
    expect(report.comparison.verdict).toBe('first');
    expect(report.total).toBe(oldest?.total);

    const overview = await createAdvisorService(services).overview();
    expect(overview.totalAnswers).toBe(400);
    expect(overview.categories.length).toBeGreaterThan(5);
    const profile = await createProfileService(services).get();
    expect(profile.totals.mocksCompleted).toBe(history.length);
  }, 180_000);
});
