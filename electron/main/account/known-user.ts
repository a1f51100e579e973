import type BetterSqlite3 from 'better-sqlite3';
import { AccountUser } from '../../../shared/ipc/channels/account';
import type { User } from '../../../shared/sync/user';

const KEY = 'account_user';

/** What the screens show about the account, from the service's user. */
export function accountUserOf(user: User): AccountUser {
  return {
    email: user.email,
    displayName: user.displayName,
    leaderboardOptIn: user.leaderboardOptIn,
    hasPassword: user.hasPassword,
    providers: user.providers,
  };
}

/**
 * The last known signed-in user, in SQLite's app_meta, so the app can say who is signed in while
 * offline. Never a token: those live in the keychain (refresh) and in memory (access).
 */
export interface KnownUserStore {
  get(): AccountUser | null;
  set(user: AccountUser, now: Date): void;
  clear(): void;
}

export function knownUserStore(sqlite: BetterSqlite3.Database): KnownUserStore {
  const read = sqlite.prepare<[string], { value: string }>('SELECT value FROM app_meta WHERE key = ?');
  const write = sqlite.prepare<[string, string, string]>(
    `INSERT INTO app_meta (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const remove = sqlite.prepare<[string]>('DELETE FROM app_meta WHERE key = ?');
  return {
    get() {
      const row = read.get(KEY);
      if (!row) return null;
      try {
        const parsed = AccountUser.safeParse(JSON.parse(row.value));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    set(user, now) {
      write.run(KEY, JSON.stringify(AccountUser.parse(user)), now.toISOString());
    },
    clear() {
      remove.run(KEY);
    },
  };
}
