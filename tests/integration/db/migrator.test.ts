import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../../electron/main/db/connection';
import { assertKnownPrefix, migrateToLatest } from '../../../electron/main/db/migrate';
import { migrations } from '../../../electron/main/db/migrations';
import { makeTempDir } from '../../helpers/temp-dir';

describe('migrator', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let file: string;
  let handle: DatabaseHandle;

  beforeEach(() => {
    dir = makeTempDir();
    file = path.join(dir.path, 'app.sqlite');
    handle = openDatabase({ file });
  });
  afterEach(async () => {
    await handle.close();
    dir.remove();
  });

  it('applies every migration once, and nothing on a second start', async () => {
    const first = await migrateToLatest(handle.db as Kysely<unknown>);
    expect(first.applied).toEqual(migrations.map(([name]) => name));
    await handle.close();
    handle = openDatabase({ file });
    const second = await migrateToLatest(handle.db as Kysely<unknown>);
    expect(second.applied).toEqual([]);
  });

  it('refuses a database written by a newer build with an unknown migration', async () => {
    await migrateToLatest(handle.db as Kysely<unknown>);
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-the-future', '2099-01-01T00:00:00.000Z')`.execute(
      handle.db,
    );
    await expect(migrateToLatest(handle.db as Kysely<unknown>)).rejects.toThrow(/different version of IntervYou/);
  });

  it('accepts only a prefix of the known list', () => {
    expect(() => assertKnownPrefix(['a'], ['a', 'b'])).not.toThrow();
    expect(() => assertKnownPrefix([], ['a'])).not.toThrow();
    expect(() => assertKnownPrefix(['b'], ['a', 'b'])).toThrow();
    expect(() => assertKnownPrefix(['a', 'b', 'c'], ['a', 'b'])).toThrow();
  });
});
