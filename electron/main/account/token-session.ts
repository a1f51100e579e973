/**
 * The signed-in session (AccountSession) behind services.account.session: the refresh token only
 * in the keychain (services.secrets), the access token only in this closure, one refresh in
 * flight at a time. In tests, get a signed-in one with tests/helpers/account-service.ts:
 *   const service = await startAccountService();           // the real service on PGlite
 *   const services = await startTestServices(dir);          // with INTERVYOU_SERVER_URL or settings
 *   await signUpAndSignIn(services, service);               // register → e-mailed code → confirm
 *   await services.account.session.authorized({ method: 'GET', path: '/v1/me' }, User);
 */
import type { z } from 'zod';
import type { AccountUser } from '../../../shared/ipc/channels/account';
import { TokenPair, type AuthSession } from '../../../shared/sync/auth';
import type { User } from '../../../shared/sync/user';
import type { SecretStore } from '../secrets/secret-store';
import type { AccountSession, ServiceRequest } from './account-session';
import { accountUserOf, type KnownUserStore } from './known-user';
import type { ServiceClient } from './service-client';
import { isServiceError, ServiceError } from './service-error';

const SECRET = 'account-refresh-token';

/** An access token this close to its expiry is refreshed before use, not sent to fail. */
const EXPIRY_MARGIN_MS = 30_000;

export const REVOKED_NOTICE =
  'You were signed out: the session ended on another device, or the password was changed. Sign in again to sync your scores.';

export interface TokenSession extends AccountSession {
  /** Reads the refresh token from the keychain once; every other async method waits for it. */
  ready(): Promise<void>;
  /**
   * Starts a session from a sign-in reply (tokens and user) and returns the refresh token of the
   * session it replaces, if any, so the caller can end that one on the service.
   */
  begin(session: AuthSession): Promise<string | null>;
  /**
   * Forgets the session here (keychain, memory, last known user) and returns the refresh token
   * that was held, so the caller can end it on the service too.
   */
  end(notice?: string | null): Promise<string | null>;
  user(): AccountUser | null;
  /** The service's latest view of the user (GET/PATCH /v1/me). */
  setUser(user: User): void;
  /** Something to tell the user once (a revoked session); cleared by the next sign-in or sign-out. */
  notice(): string | null;
}

export interface TokenSessionOptions {
  client: ServiceClient;
  secrets: SecretStore;
  users: KnownUserStore;
  serverUrl: () => string | null;
  now: () => Date;
}

function signedOut(message = 'Sign in to your IntervYou account first.'): ServiceError {
  return new ServiceError('signed-out', message);
}

/** A 400 or 401 on refresh: the token is unknown, expired, spent or revoked — it will never work again. */
function refused(error: unknown): boolean {
  return isServiceError(error) && error.kind === 'rejected' && (error.status === 401 || error.status === 400);
}

function unauthorized(error: unknown): boolean {
  return isServiceError(error) && error.kind === 'rejected' && error.status === 401;
}

export function createTokenSession(options: TokenSessionOptions): TokenSession {
  const { client, secrets, users, now } = options;
  const listeners = new Set<() => void>();
  let refreshToken: string | null = null;
  let access: { token: string; expiresAt: number } | null = null;
  let user: AccountUser | null = users.get();
  let notice: string | null = null;
  let loaded = false;
  let loading: Promise<void> | null = null;
  let refreshing: Promise<void> | null = null;

  const changed = (): void => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        console.error('[account] a session listener failed', error);
      }
    }
  };

  const ready = (): Promise<void> => {
    loading ??= (async () => {
      const stored = await secrets.get(SECRET);
      // A session begun while the keychain was being read wins over what was stored.
      if (!loaded) refreshToken = stored;
      loaded = true;
      if (refreshToken === null && user !== null) {
        // The keychain lost the token (a memory-only run before, or the user cleared it).
        users.clear();
        user = null;
        changed();
      }
    })();
    return loading;
  };

  const forget = async (): Promise<string | null> => {
    const held = refreshToken;
    refreshToken = null;
    access = null;
    user = null;
    loaded = true;
    users.clear();
    await secrets.delete(SECRET);
    return held;
  };

  const doRefresh = async (): Promise<void> => {
    const token = refreshToken;
    if (token === null) throw signedOut();
    let pair: TokenPair;
    try {
      pair = await client.send({ method: 'POST', path: '/v1/auth/refresh', body: { refreshToken: token } }, TokenPair);
    } catch (error) {
      if (!refused(error) || refreshToken !== token) throw error;
      await forget();
      notice = REVOKED_NOTICE;
      changed();
      throw signedOut(REVOKED_NOTICE);
    }
    // Signed out (or in again) while the refresh was on its way: its tokens belong to nobody.
    if (refreshToken !== token) throw signedOut();
    // The keychain first: if the app dies now, the next start presents the new token.
    await secrets.set(SECRET, pair.refreshToken);
    refreshToken = pair.refreshToken;
    access = { token: pair.accessToken, expiresAt: now().getTime() + pair.expiresIn * 1000 };
  };

  const refresh = (): Promise<void> => {
    refreshing ??= doRefresh().finally(() => {
      refreshing = null;
    });
    return refreshing;
  };

  const accessToken = async (): Promise<string> => {
    await ready();
    if (refreshToken === null) throw signedOut();
    if (refreshing) await refreshing;
    if (access === null || access.expiresAt - EXPIRY_MARGIN_MS <= now().getTime()) await refresh();
    if (access === null) throw signedOut();
    return access.token;
  };

  return {
    ready,
    isSignedIn: () => (loaded ? refreshToken !== null : user !== null),
    serverUrl: options.serverUrl,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    anonymous: <T>(request: ServiceRequest, reply: z.ZodType<T>) => client.send(request, reply),

    async authorized<T>(request: ServiceRequest, reply: z.ZodType<T>): Promise<T> {
      const used = await accessToken();
      try {
        return await client.send({ ...request, token: used }, reply);
      } catch (error) {
        if (!unauthorized(error)) throw error;
        // Another caller may have refreshed already; only a token still in use is refreshed again.
        if (access?.token === used) access = null;
        return client.send({ ...request, token: await accessToken() }, reply);
      }
    },

    async begin(session) {
      await ready();
      const previous = refreshToken;
      await secrets.set(SECRET, session.refreshToken);
      refreshToken = session.refreshToken;
      access = { token: session.accessToken, expiresAt: now().getTime() + session.expiresIn * 1000 };
      user = accountUserOf(session.user);
      users.set(user, now());
      notice = null;
      changed();
      return previous;
    },

    async end(nextNotice = null) {
      await ready();
      const held = await forget();
      notice = nextNotice;
      changed();
      return held;
    },

    user: () => user,
    setUser(next) {
      if (refreshToken === null) return;
      user = accountUserOf(next);
      users.set(user, now());
      changed();
    },
    notice: () => notice,
  };
}
