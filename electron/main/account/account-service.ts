import type BetterSqlite3 from 'better-sqlite3';
import type { z } from 'zod';
import type {
  AccountStatus,
  ConfirmRegistrationInput,
  PasswordResetConfirmInput,
  RegisterInput,
  SignInInput,
  UpdateAccountInput,
} from '../../../shared/ipc/channels/account';
import { AcceptedResponse, AuthSession } from '../../../shared/sync/auth';
import { User } from '../../../shared/sync/user';
import type { EventBus } from '../events';
import type { SecretStore } from '../secrets/secret-store';
import type { SettingsStore } from '../settings/settings-store';
import { googleSignIn, type GoogleSignInDesktop } from './google-sign-in';
import { knownUserStore } from './known-user';
import { createServiceClient, type ServiceClient } from './service-client';
import { isServiceError } from './service-error';
import { resolveServerUrl } from './server-url';
import { createTokenSession, type TokenSession } from './token-session';

type Input<S extends z.ZodType> = z.output<S>;

/** What the account screens and the CLI do; the sync engine uses `session`. */
export interface AccountService {
  session: TokenSession;
  status(): Promise<AccountStatus>;
  register(input: Input<typeof RegisterInput>): Promise<{ email: string; message: string }>;
  confirmRegistration(input: Input<typeof ConfirmRegistrationInput>): Promise<AccountStatus>;
  signIn(input: Input<typeof SignInInput>): Promise<AccountStatus>;
  signInWithGoogle(desktop: GoogleSignInDesktop): Promise<AccountStatus>;
  /** True when a Google sign-in was waiting and is now cancelled. */
  cancelGoogle(): boolean;
  signOut(): Promise<AccountStatus>;
  requestPasswordReset(email: string): Promise<{ email: string; message: string }>;
  confirmPasswordReset(input: Input<typeof PasswordResetConfirmInput>): Promise<AccountStatus>;
  update(input: Input<typeof UpdateAccountInput>): Promise<AccountStatus>;
  /** DELETE /v1/me, then signs out here. Local answers stay. */
  deleteAccount(): Promise<AccountStatus>;
  /** GET /v1/me into the last known user; quiet when offline (the cached user stays). */
  refreshUser(): Promise<void>;
  close(): Promise<void>;
}

export interface AccountServiceOptions {
  sqlite: BetterSqlite3.Database;
  settings: SettingsStore;
  secrets: SecretStore;
  events: EventBus;
  now: () => Date;
  env?: NodeJS.ProcessEnv;
  /** Tests: a wrapped fetch (to count requests), shorter timeouts, a build default. */
  fetch?: typeof fetch;
  timeoutMs?: number;
  buildDefaultServerUrl?: string | null;
  googleTimeoutMs?: number;
}

const LOGOUT_TIMEOUT_MS = 5_000;

/** Replies with no body (204) come back as undefined. */
const AcceptedOrNothing = AcceptedResponse.optional();

export function createAccountService(options: AccountServiceOptions): AccountService {
  const env = options.env ?? process.env;
  const server = () => resolveServerUrl(options.settings.get(), env, options.buildDefaultServerUrl);
  const client: ServiceClient = createServiceClient({
    server,
    now: options.now,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const session = createTokenSession({
    client,
    secrets: options.secrets,
    users: knownUserStore(options.sqlite),
    serverUrl: () => server().url,
    now: options.now,
  });
  let closed = false;
  let google: AbortController | null = null;
  /** The Google sign-in under way, settled or not: close() waits for it before the database goes. */
  let googleFlow: Promise<unknown> = Promise.resolve();

  async function status(): Promise<AccountStatus> {
    await session.ready();
    const resolved = server();
    const storage = options.secrets.status();
    const signedIn = session.isSignedIn();
    return {
      signedIn,
      user: signedIn ? session.user() : null,
      server: resolved.url,
      serverSource: resolved.source,
      sessionStorage: storage.backend,
      storageWarning:
        storage.backend === 'memory'
          ? `The system keychain is not available${storage.reason ? ` (${storage.reason})` : ''}; you stay signed in only until IntervYou closes.`
          : null,
      notice: session.notice() ?? resolved.problem,
    };
  }

  // Every change reaches the screens (and the Online pill) as an event.
  const announce = (): void => {
    if (closed) return;
    status().then(
      (next) => options.events.emit('account:status', next),
      (error: unknown) => console.error('[account] status after a change failed', error),
    );
  };
  session.onChange(announce);
  // A new service address in Settings changes what the account screen shows (server, source, problem).
  let serverUrlSetting = options.settings.get().sync.serverUrl;
  const unsubscribeSettings = options.events.subscribe((name, payload) => {
    if (name !== 'settings:changed') return;
    const next = (payload as ReturnType<SettingsStore['get']>).sync.serverUrl;
    if (next === serverUrlSetting) return;
    serverUrlSetting = next;
    announce();
  });

  /** Best effort: the session is already forgotten here; the service ends it when it can. */
  async function endOnService(refreshToken: string | null): Promise<void> {
    if (refreshToken === null) return;
    await client
      .send(
        { method: 'POST', path: '/v1/auth/logout', body: { refreshToken }, timeoutMs: LOGOUT_TIMEOUT_MS },
        AcceptedOrNothing,
      )
      .catch((error: unknown) => {
        console.warn(
          `[account] the service could not end the old session: ${isServiceError(error) ? error.kind : 'error'}`,
        );
      });
  }

  async function begin(reply: AuthSession): Promise<AccountStatus> {
    // Signing in over another session: that one is ended, not left valid on the service.
    await endOnService(await session.begin(reply));
    return status();
  }

  const signIn = async (input: Input<typeof SignInInput>): Promise<AccountStatus> =>
    begin(await client.send({ method: 'POST', path: '/v1/auth/login', body: input }, AuthSession));

  return {
    session,
    status,

    async register(input) {
      const reply = await client.send(
        {
          method: 'POST',
          path: '/v1/auth/register',
          body: { email: input.email, password: input.password, displayName: input.displayName },
        },
        AcceptedResponse,
      );
      return { email: input.email, message: reply.message };
    },

    async confirmRegistration(input) {
      return begin(await client.send({ method: 'POST', path: '/v1/auth/register/confirm', body: input }, AuthSession));
    },

    signIn,

    signInWithGoogle(desktop) {
      if (google) google.abort();
      const controller = new AbortController();
      google = controller;
      const flow = (async () => {
        try {
          const reply = await googleSignIn({
            client,
            server,
            desktop,
            signal: controller.signal,
            ...(options.googleTimeoutMs ? { timeoutMs: options.googleTimeoutMs } : {}),
          });
          return await begin(reply);
        } finally {
          if (google === controller) google = null;
        }
      })();
      googleFlow = flow.catch(() => undefined);
      return flow;
    },

    cancelGoogle() {
      if (!google) return false;
      google.abort();
      google = null;
      return true;
    },

    async signOut() {
      await endOnService(await session.end(null));
      return status();
    },

    async requestPasswordReset(email) {
      const reply = await client.send(
        { method: 'POST', path: '/v1/auth/password-reset/request', body: { email } },
        AcceptedResponse,
      );
      return { email, message: reply.message };
    },

    async confirmPasswordReset(input) {
      await client.send({ method: 'POST', path: '/v1/auth/password-reset/confirm', body: input }, AcceptedOrNothing);
      // The service ended every session of the account; the new password starts a fresh one.
      return signIn({ email: input.email, password: input.newPassword });
    },

    async update(input) {
      session.setUser(await session.authorized({ method: 'PATCH', path: '/v1/me', body: input }, User));
      return status();
    },

    async deleteAccount() {
      await session.authorized({ method: 'DELETE', path: '/v1/me' }, AcceptedOrNothing);
      // The account and its sessions are gone on the service; nothing to end there.
      await session.end(null);
      return status();
    },

    async refreshUser() {
      if (closed) return;
      await session.ready();
      if (!session.isSignedIn()) return;
      try {
        const user = await session.authorized({ method: 'GET', path: '/v1/me' }, User);
        if (!closed) session.setUser(user);
      } catch (error) {
        // Offline or a failing service: the last known user stands. A revoked session has
        // already signed out (with its notice) inside authorized().
        if (!isServiceError(error)) throw error;
      }
    },

    async close() {
      closed = true;
      unsubscribeSettings();
      google?.abort();
      google = null;
      await googleFlow;
    },
  };
}
