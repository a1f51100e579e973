import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { GoogleStartQuery, TokenExchangeRequest } from '../../../../shared/sync/auth';
import { DisplayName } from '../../../../shared/sync/user';
import type { Clock } from '../../clock';
import { findIdentity, insertIdentity } from '../../db/queries/identities';
import { insertAuthCode, insertOauthState, takeAuthCode, takeOauthState } from '../../db/queries/oauth';
import { revokeAllForUser } from '../../db/queries/refresh-tokens';
import {
  findUserByEmail,
  insertUser,
  markEmailVerified,
  raiseTokenVersion,
  setPasswordHash,
} from '../../db/queries/users';
import type { Database } from '../../db/schema';
import { ApiError } from '../../http/errors';
import { randomToken, sha256Base64Url, sha256Hex } from '../secrets';
import { isLoopbackRedirect, pkceMatches, withParams } from './loopback';
import type { OidcClient, VerifiedIdentity } from './oidc-client';
import type { TokenVersions } from '../token-versions';

export const PROVIDER = 'google';
/** Time for a person to finish the provider's pages. */
const STATE_TTL_MS = 10 * 60_000;
/** Time for the desktop to redeem the code its loopback listener received. */
const AUTH_CODE_TTL_MS = 60_000;

export interface CallbackQuery {
  code?: string | undefined;
  state?: string | undefined;
  error?: string | undefined;
}

export interface GoogleSignIn {
  /** URL of the provider's sign-in page for this desktop request. */
  start(query: GoogleStartQuery): Promise<string>;
  /** URL of the desktop's loopback listener, carrying a one-time code or an error. */
  callback(query: CallbackQuery): Promise<string>;
  /** The user a one-time code was issued for, once the PKCE verifier checks out. */
  redeem(request: TokenExchangeRequest): Promise<string>;
}

class SignInRefused extends Error {
  constructor(readonly reason: 'email_not_verified' | 'email_missing') {
    super(reason);
  }
}

function displayNameFor(identity: VerifiedIdentity, email: string): string {
  for (const candidate of [identity.name, email.split('@')[0]]) {
    const parsed = DisplayName.safeParse((candidate ?? '').slice(0, 40));
    if (parsed.success) return parsed.data;
  }
  return 'IntervYou user';
}

export function createGoogleSignIn(
  db: Kysely<Database>,
  oidc: OidcClient,
  callbackUrl: string,
  clock: Clock,
  log: FastifyBaseLogger,
  versions: TokenVersions,
): GoogleSignIn {
  /**
   * Finds or creates the account for a verified provider identity. An existing account with the
   * same email is linked only when the provider vouches for the address. If that account's email
   * was never verified, its password was set by whoever typed the address first — possibly not
   * its owner (pre-account takeover) — so the password and its sessions are dropped on linking.
   */
  async function accountFor(identity: VerifiedIdentity): Promise<string> {
    let endedSessions: string | null = null;
    const userId = await db.transaction().execute(async (trx) => {
      const now = clock();
      const known = await findIdentity(trx, PROVIDER, identity.subject);
      if (known) return known.user_id;
      if (identity.email === null) throw new SignInRefused('email_missing');
      if (!identity.emailVerified) throw new SignInRefused('email_not_verified');
      const email = identity.email;
      let user = await findUserByEmail(trx, email);
      if (user && !user.email_verified) {
        await setPasswordHash(trx, user.id, null, now);
        await revokeAllForUser(trx, user.id, now);
        await raiseTokenVersion(trx, user.id);
        endedSessions = user.id;
      }
      if (user) {
        await markEmailVerified(trx, user.id, now);
      } else {
        user = await insertUser(trx, {
          id: randomUUID(),
          email,
          email_verified: true,
          password_hash: null,
          display_name: displayNameFor(identity, email),
          leaderboard_opt_in: false,
          created_at: now,
          updated_at: now,
        });
      }
      await insertIdentity(trx, {
        provider: PROVIDER,
        subject: identity.subject,
        user_id: user.id,
        email,
        created_at: now,
      });
      return user.id;
    });
    if (endedSessions !== null) versions.forget(endedSessions);
    return userId;
  }

  return {
    start: async (query) => {
      if (!isLoopbackRedirect(query.redirect_uri)) {
        throw new ApiError(
          400,
          'invalid_redirect_uri',
          'redirect_uri must be http://127.0.0.1:<port>/… (a loopback listener).',
          [{ path: 'redirect_uri', message: 'not a loopback redirect' }],
        );
      }
      const state = randomToken();
      const nonce = randomToken();
      const providerVerifier = randomToken();
      await insertOauthState(db, {
        state_hash: sha256Hex(state),
        nonce,
        provider_code_verifier: providerVerifier,
        redirect_uri: query.redirect_uri,
        client_state: query.state,
        code_challenge: query.code_challenge,
        expires_at: new Date(clock().getTime() + STATE_TTL_MS),
      });
      return oidc.authorizationUrl({
        redirectUri: callbackUrl,
        state,
        nonce,
        codeChallenge: sha256Base64Url(providerVerifier),
      });
    },

    callback: async (query) => {
      const row = query.state ? await takeOauthState(db, sha256Hex(query.state)) : undefined;
      if (!row || row.expires_at.getTime() <= clock().getTime()) {
        // Without a live state we do not know which loopback listener to answer, and must not guess.
        throw new ApiError(
          400,
          'invalid_state',
          'This sign-in link has expired or was already used. Start again from IntervYou.',
        );
      }
      const back = (params: Record<string, string>) =>
        withParams(row.redirect_uri, { ...params, state: row.client_state });
      if (query.error !== undefined || !query.code) {
        return back({ error: 'access_denied', error_description: 'Sign-in was cancelled or refused.' });
      }
      let userId: string;
      try {
        const identity = await oidc.redeem({
          code: query.code,
          codeVerifier: row.provider_code_verifier,
          redirectUri: callbackUrl,
          nonce: row.nonce,
        });
        userId = await accountFor(identity);
      } catch (error) {
        if (error instanceof SignInRefused) {
          return back({
            error: error.reason,
            error_description:
              error.reason === 'email_not_verified'
                ? 'Your Google account email is not verified.'
                : 'Your Google account did not share an email address.',
          });
        }
        log.error({ err: error }, 'identity provider sign-in failed');
        return back({ error: 'server_error', error_description: 'Sign-in with Google failed. Try again.' });
      }
      const code = randomToken();
      await insertAuthCode(db, {
        code_hash: sha256Hex(code),
        user_id: userId,
        redirect_uri: row.redirect_uri,
        code_challenge: row.code_challenge,
        expires_at: new Date(clock().getTime() + AUTH_CODE_TTL_MS),
      });
      return back({ code });
    },

    redeem: async (request) => {
      const row = await takeAuthCode(db, sha256Hex(request.code));
      const ok =
        row !== undefined &&
        row.expires_at.getTime() > clock().getTime() &&
        row.redirect_uri === request.redirect_uri &&
        pkceMatches(request.code_verifier, row.code_challenge);
      if (!ok || !row)
        throw new ApiError(400, 'invalid_grant', 'The sign-in code is invalid, expired or already used.');
      return row.user_id;
    },
  };
}
