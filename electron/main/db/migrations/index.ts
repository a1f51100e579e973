import type { Migration } from 'kysely';
import * as m0001 from './0001-initial-schema';
import * as m0002 from './0002-practice';
import * as m0003 from './0003-recording-details';
import * as m0004 from './0004-reports';
import * as m0005 from './0005-advisor';
import * as m0006 from './0006-ai';
import * as m0008 from './0008-sync';

/**
 * Every migration, in order. Statically imported (no filesystem globbing) so bundling and asar
 * packaging cannot lose one. Append only: never rename, reorder or edit a shipped migration.
 */
export const migrations: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['0001-initial-schema', m0001],
  ['0002-practice', m0002],
  ['0003-recording-details', m0003],
  ['0004-reports', m0004],
  ['0005-advisor', m0005],
  ['0006-ai', m0006],
  ['0008-sync', m0008],
];
