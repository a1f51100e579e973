import type { Migration } from 'kysely';
import * as m0001 from './0001-accounts';
import * as m0002 from './0002-sync-leaderboard';
import * as m0003 from './0003-token-version';
import * as m0004 from './0004-pending-registrations';

/** In order. Statically imported so a bundle or a different working directory cannot lose one. */
export const migrations: ReadonlyArray<readonly [string, Migration]> = [
  ['0001-accounts', m0001],
  ['0002-sync-leaderboard', m0002],
  ['0003-token-version', m0003],
  ['0004-pending-registrations', m0004],
];
