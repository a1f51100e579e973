import { sql, type Kysely } from 'kysely';

const statements = [
  `CREATE TABLE users (
     id uuid PRIMARY KEY,
     email text NOT NULL UNIQUE,
     email_verified boolean NOT NULL DEFAULT false,
     password_hash text,
     display_name text NOT NULL,
     leaderboard_opt_in boolean NOT NULL DEFAULT false,
     created_at timestamptz NOT NULL,
     updated_at timestamptz NOT NULL
   )`,
  `CREATE TABLE identities (
     provider text NOT NULL,
     subject text NOT NULL,
     user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     email text NOT NULL,
     created_at timestamptz NOT NULL,
     PRIMARY KEY (provider, subject)
   )`,
  `CREATE INDEX identities_user ON identities (user_id)`,
  `CREATE TABLE refresh_tokens (
     id uuid PRIMARY KEY,
     family_id uuid NOT NULL,
     user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     token_hash text NOT NULL UNIQUE,
     created_at timestamptz NOT NULL,
     expires_at timestamptz NOT NULL,
     rotated_at timestamptz,
     revoked_at timestamptz
   )`,
  `CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)`,
  `CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id)`,
  `CREATE INDEX refresh_tokens_expiry ON refresh_tokens (expires_at)`,
  `CREATE TABLE password_reset_codes (
     user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
     code_hash text NOT NULL,
     expires_at timestamptz NOT NULL,
     failed_attempts integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
     created_at timestamptz NOT NULL
   )`,
  `CREATE TABLE oauth_states (
     state_hash text PRIMARY KEY,
     nonce text NOT NULL,
     provider_code_verifier text NOT NULL,
     redirect_uri text NOT NULL,
     client_state text NOT NULL,
     code_challenge text NOT NULL,
     expires_at timestamptz NOT NULL
   )`,
  `CREATE INDEX oauth_states_expiry ON oauth_states (expires_at)`,
  `CREATE TABLE auth_codes (
     code_hash text PRIMARY KEY,
     user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     redirect_uri text NOT NULL,
     code_challenge text NOT NULL,
     expires_at timestamptz NOT NULL
   )`,
  `CREATE INDEX auth_codes_expiry ON auth_codes (expires_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['auth_codes', 'oauth_states', 'password_reset_codes', 'refresh_tokens', 'identities', 'users']) {
    await sql.raw(`DROP TABLE IF EXISTS ${table}`).execute(db);
  }
}
