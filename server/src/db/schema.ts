import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** timestamptz: read as Date, written as Date. */
type Timestamp = ColumnType<Date, Date, Date>;

export interface UsersTable {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  /** Proven by a reset code or an identity provider; registration alone does not verify it. */
  email_verified: boolean;
  /** null for an account that has only signed in with Google. */
  password_hash: string | null;
  display_name: string;
  leaderboard_opt_in: boolean;
  /** Raised when every access token issued so far must stop working (sign-out, reset, theft). */
  token_version: Generated<number>;
  /** Set while a registration waits for its emailed code; such an account cannot sign in. */
  pending_since: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface IdentitiesTable {
  provider: string;
  subject: string;
  user_id: string;
  email: string;
  created_at: Timestamp;
}

export interface RefreshTokensTable {
  id: string;
  /** Every token rotated from one sign-in shares a family; reuse of a rotated one revokes it all. */
  family_id: string;
  user_id: string;
  /** SHA-256 of the opaque token; the token itself is never stored. */
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  rotated_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface PasswordResetCodesTable {
  /** One live code per user: a resend replaces the row, which invalidates the previous code. */
  user_id: string;
  /** HMAC of the code under a server key: a leaked table does not give codes away. */
  code_hash: string;
  expires_at: Timestamp;
  failed_attempts: number;
  created_at: Timestamp;
}

export interface OauthStatesTable {
  /** SHA-256 of the state sent to the identity provider. */
  state_hash: string;
  nonce: string;
  /** Our PKCE verifier towards the identity provider. */
  provider_code_verifier: string;
  /** The desktop's loopback redirect, state and PKCE challenge, replayed at the callback. */
  redirect_uri: string;
  client_state: string;
  code_challenge: string;
  expires_at: Timestamp;
}

export interface AuthCodesTable {
  /** SHA-256 of the one-time code handed to the desktop's loopback listener. */
  code_hash: string;
  user_id: string;
  redirect_uri: string;
  code_challenge: string;
  expires_at: Timestamp;
}

export interface AttemptsTable {
  user_id: string;
  id: string;
  question_id: string;
  category: string;
  score: number;
  mode: string;
  duration_sec: number;
  completed_at: Timestamp;
  received_at: Timestamp;
}

/**
 * Per-user running totals, one row per (bucket, category, user), kept current by sync so the
 * leaderboard is an index range read. bucket is "all" or "week:YYYY-MM-DD" (UTC Monday);
 * category "*" is all categories together.
 */
export interface LeaderboardStatsTable {
  bucket: string;
  category: string;
  user_id: string;
  /** Sum of the attempts' scores; the mean score is points / attempts. */
  points: number;
  attempts: number;
  /** Copy of the user's opt-in, so the ranking index can skip unlisted users. */
  listed: boolean;
}

export interface Database {
  users: UsersTable;
  identities: IdentitiesTable;
  refresh_tokens: RefreshTokensTable;
  password_reset_codes: PasswordResetCodesTable;
  oauth_states: OauthStatesTable;
  auth_codes: AuthCodesTable;
  attempts: AttemptsTable;
  leaderboard_stats: LeaderboardStatsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type AttemptRow = Selectable<AttemptsTable>;
export type NewAttempt = Insertable<AttemptsTable>;
