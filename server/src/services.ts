import type { Account } from './account/account';
import type { Accounts } from './auth/accounts';
import type { GoogleSignIn } from './auth/google/google-signin';
import type { PasswordReset } from './auth/password-reset';
import type { Sessions } from './auth/sessions';
import type { SignInThrottle } from './auth/sign-in-throttle';
import type { BackgroundTasks } from './background';
import type { DatabaseHandle } from './db/connect';
import type { Authenticator } from './http/bearer';
import type { Limiters } from './http/rate-limits';
import type { Leaderboard } from './leaderboard/read-leaderboard';
import type { AttemptSync } from './sync/sync-attempts';
import type { Redis } from 'ioredis';

/** What route modules need, built once per app in buildApp. */
export interface Services {
  database: DatabaseHandle;
  redis: Redis | null;
  auth: Authenticator;
  limits: Limiters;
  signInThrottle: SignInThrottle;
  accounts: Accounts;
  sessions: Sessions;
  passwordReset: PasswordReset;
  /** null when no identity provider is configured. */
  google: GoogleSignIn | null;
  account: Account;
  sync: AttemptSync;
  leaderboard: Leaderboard;
  background: BackgroundTasks;
}
