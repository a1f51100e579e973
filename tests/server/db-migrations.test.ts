import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, UnknownMigrationError } from '../../server/src/db/migrate';
import { migrations } from '../../server/src/db/migrations/index';
import { DIALECTS, openPGliteTestDatabase, openPostgresTestDatabase, type TestDatabase } from './helpers/databases';

describe.each(DIALECTS)('migrations on $name', ({ name }) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database =
      name === 'postgres' ? await openPostgresTestDatabase('migrations', false) : await openPGliteTestDatabase(false);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('applies every migration in order on a fresh database, then none on the next start', async () => {
    const first = await migrateToLatest(database.db, database.schema);
    expect(first.applied).toEqual(migrations.map(([n]) => n));
    const second = await migrateToLatest(database.db, database.schema);
    expect(second.applied).toEqual([]);
    expect(second.total).toBe(migrations.length);
  });

  it('creates the tables the service uses', async () => {
    const tables = (await database.db.introspection.getTables()).map((t) => t.name).sort();
    expect(tables).toEqual(
      expect.arrayContaining([
        'attempts',
        'auth_codes',
        'identities',
        'leaderboard_stats',
        'oauth_states',
        'password_reset_codes',
        'refresh_tokens',
        'users',
      ]),
    );
  });

  it('answers the leaderboard from the leaderboard_rank index, not by scanning totals', async () => {
    const plan = await database.db.transaction().execute(async (trx) => {
      // Tiny test tables make a sequential scan look cheapest; take that option away to see the index is usable.
      await sql`set local enable_seqscan = off`.execute(trx);
      const result = await sql<{ 'QUERY PLAN': string }>`
        explain select user_id, points from leaderboard_stats
        where bucket = 'all' and category = '*' and listed
        order by points desc, user_id limit 50`.execute(trx);
      return result.rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('leaderboard_rank');
    expect(plan).not.toMatch(/Sort/);
  });

  it('refuses a database that has a migration this build does not know', async () => {
    await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', ${new Date().toISOString()})`.execute(
      database.db,
    );
    await expect(migrateToLatest(database.db, database.schema)).rejects.toBeInstanceOf(UnknownMigrationError);
  });
});
