import { sql } from 'kysely';
import { computeBadges } from '../../../shared/domain/badges/badges';
import { IMPROVEMENT_WINDOW } from '../../../shared/domain/badges/badge-rules';
import { computeStreaks } from '../../../shared/domain/stats/streak';
import { UpdateProfileInput, type ProfileView } from '../../../shared/ipc/channels/profile';
import { AppError } from '../../../shared/ipc/result';
import { zodMessage } from '../../../shared/ipc/zod-message';
import type { MainServices } from '../services';

export interface ProfileService {
  get(): Promise<ProfileView>;
  update(input: UpdateProfileInput): Promise<ProfileView>;
}

/** Totals and badges from the trigger-kept tables (skill_totals, attempt_days) plus two small index reads. */
export function createProfileService(services: MainServices): ProfileService {
  const { db } = services;

  async function windowAverage(direction: 'asc' | 'desc'): Promise<number | null> {
    const rows = await db
      .selectFrom('attempts')
      .select('overall')
      .orderBy('created_at', direction)
      .limit(IMPROVEMENT_WINDOW)
      .execute();
    return rows.length === IMPROVEMENT_WINDOW ? rows.reduce((s, r) => s + r.overall, 0) / rows.length : null;
  }

  async function get(): Promise<ProfileView> {
    const [profile, skills, days, mocks, recordings, first] = await Promise.all([
      db.selectFrom('profile').selectAll().executeTakeFirst(),
      db.selectFrom('skill_totals').select(['category', 'attempts', 'overall_sum']).execute(),
      db.selectFrom('attempt_days').select('local_day').execute(),
      db
        .selectFrom('sessions')
        .select(sql<number>`count(*)`.as('n'))
        .where('kind', '=', 'mock')
        .where('status', '=', 'completed')
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('recordings')
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow(),
      db.selectFrom('attempts').select('created_at').orderBy('created_at').limit(1).executeTakeFirst(),
    ]);
    const answers = skills.reduce((s, c) => s + Number(c.attempts), 0);
    const sum = skills.reduce((s, c) => s + Number(c.overall_sum), 0);
    const streaks = computeStreaks(
      days.map((d) => d.local_day),
      services.today(),
    );
    // The first and latest windows must not overlap, so the comparison needs two windows of answers.
    const enough = answers >= IMPROVEMENT_WINDOW * 2;
    const [firstAvg, latestAvg] = enough
      ? await Promise.all([windowAverage('asc'), windowAverage('desc')])
      : [null, null];
    const badges = computeBadges({
      totalAnswers: answers,
      longestStreakDays: streaks.longest,
      categories: skills.map((c) => ({
        category: c.category,
        answers: Number(c.attempts),
        average: Number(c.overall_sum) / Math.max(1, Number(c.attempts)),
      })),
      mocksCompleted: Number(mocks.n),
      firstAnswersAverage: firstAvg,
      latestAnswersAverage: latestAvg,
    });
    return {
      displayName: profile?.display_name ?? '',
      targetRole: profile?.target_role ?? null,
      createdAt: profile?.created_at ?? null,
      totals: {
        answers,
        average: answers ? Math.round((sum / answers) * 10) / 10 : null,
        practiceDays: days.length,
        currentStreakDays: streaks.current,
        longestStreakDays: streaks.longest,
        mocksCompleted: Number(mocks.n),
        categoriesPractised: skills.length,
        recordings: Number(recordings.n),
        firstAnswerAt: first?.created_at ?? null,
      },
      badges,
    };
  }

  return {
    get,
    async update(raw) {
      const parsed = UpdateProfileInput.safeParse(raw);
      if (!parsed.success) throw new AppError('BAD_INPUT', zodMessage(parsed.error));
      const at = services.now().toISOString();
      await db
        .insertInto('profile')
        .values({
          id: 1,
          display_name: parsed.data.displayName,
          target_role: parsed.data.targetRole,
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({
            display_name: parsed.data.displayName,
            target_role: parsed.data.targetRole,
            updated_at: at,
          }),
        )
        .execute();
      services.events.emit('data:changed', { scope: 'profile' });
      return get();
    },
  };
}
