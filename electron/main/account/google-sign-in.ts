import { AuthSession } from '../../../shared/sync/auth';
import { listenForCallback, type LoopbackReturn } from './loopback-callback';
import { pkcePair, randomState } from './pkce';
import type { ServiceClient } from './service-client';
import { isServiceError, ServiceError } from './service-error';
import type { ResolvedServer } from './server-url';
import { signInPage } from './sign-in-page';

/** What the sign-in needs from the desktop it runs on (see platform/platform.ts). */
export interface GoogleSignInDesktop {
  /** Opens the address in the system browser; false when this platform cannot. */
  openExternal(url: string): Promise<boolean>;
  /** Brings the app's window to the front once the browser has come back. */
  focusApp(): void;
}

export const GOOGLE_TIMEOUT_MS = 5 * 60_000;

export interface GoogleSignInOptions {
  client: ServiceClient;
  server: () => ResolvedServer;
  desktop: GoogleSignInDesktop;
  /** Aborted by account:cancel-google (or a second sign-in). */
  signal: AbortSignal;
  timeoutMs?: number;
}

const stopped = (code: string, message: string) => new ServiceError('rejected', message, { code });
const CANCELLED_MESSAGE = 'Google sign-in was cancelled.';

function waitFor(received: Promise<LoopbackReturn>, signal: AbortSignal, timeoutMs: number): Promise<LoopbackReturn> {
  return new Promise((resolve, reject) => {
    const settle = (finish: () => void) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', cancel);
      finish();
    };
    const timer = setTimeout(() => {
      const [amount, unit] =
        timeoutMs >= 60_000 ? [Math.round(timeoutMs / 60_000), 'minute'] : [Math.ceil(timeoutMs / 1000), 'second'];
      const within = `${amount} ${unit}${amount === 1 ? '' : 's'}`;
      settle(() => reject(stopped('timeout', `Google sign-in was not finished within ${within}. Try again.`)));
    }, timeoutMs);
    const cancel = () => settle(() => reject(stopped('cancelled', CANCELLED_MESSAGE)));
    if (signal.aborted) return cancel();
    signal.addEventListener('abort', cancel, { once: true });
    received.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}

/**
 * Sign in with Google as RFC 8252 asks of a native app: the system browser (never a web view)
 * on the service's start URL, a loopback redirect on 127.0.0.1 at a random port, PKCE S256 and a
 * state checked on return; the one-time code is then redeemed with the verifier only this
 * process knows.
 */
export async function googleSignIn(options: GoogleSignInOptions): Promise<AuthSession> {
  const { client, desktop, signal } = options;
  const server = options.server();
  if (server.url === null) {
    throw new ServiceError(
      'no-server',
      server.problem ?? 'No account service is set. Enter its address in Settings → Account and sync.',
    );
  }
  const { verifier, challenge } = pkcePair();
  const state = randomState();
  const listener = await listenForCallback();
  try {
    const start = googleStartUrl(server.url, { redirectUri: listener.redirectUri, state, challenge });
    if (!(await desktop.openExternal(start.toString()))) {
      throw stopped('no_browser', 'IntervYou could not open a web browser here, so Google sign-in cannot start.');
    }
    const back = await waitFor(listener.received, signal, options.timeoutMs ?? GOOGLE_TIMEOUT_MS);
    const params = back.url.searchParams;
    if (params.get('state') !== state) {
      const message = 'The browser came back from a sign-in IntervYou did not start, so it was refused.';
      back.answer(400, signInPage({ ok: false, message }));
      throw stopped('state_mismatch', message);
    }
    const error = params.get('error');
    const code = params.get('code');
    if (error !== null || code === null) {
      const message = params.get('error_description')?.slice(0, 300) || 'Google sign-in was cancelled or refused.';
      back.answer(400, signInPage({ ok: false, message }));
      throw stopped(error ?? 'access_denied', message);
    }
    let session: AuthSession;
    try {
      session = await client.send(
        {
          method: 'POST',
          path: '/v1/auth/token',
          body: {
            grant_type: 'authorization_code',
            code,
            code_verifier: verifier,
            redirect_uri: listener.redirectUri,
          },
          signal,
        },
        AuthSession,
      );
    } catch (failure) {
      if (signal.aborted) {
        back.answer(400, signInPage({ ok: false, message: CANCELLED_MESSAGE }));
        throw stopped('cancelled', CANCELLED_MESSAGE);
      }
      const message = isServiceError(failure) ? failure.message : 'The sign-in could not be completed.';
      back.answer(502, signInPage({ ok: false, message }));
      throw failure;
    }
    // Cancelled as the service answered: the unused session is dropped (its token was never stored).
    if (signal.aborted) {
      back.answer(400, signInPage({ ok: false, message: CANCELLED_MESSAGE }));
      throw stopped('cancelled', CANCELLED_MESSAGE);
    }
    back.answer(200, signInPage({ ok: true }));
    desktop.focusApp();
    return session;
  } finally {
    await listener.close();
  }
}

/** The service's Google start address for a loopback redirect, with the state and the S256 PKCE challenge. */
export function googleStartUrl(
  serverUrl: string,
  flow: { redirectUri: string; state: string; challenge: string },
): URL {
  const start = new URL(`${serverUrl}/v1/auth/google/start`);
  start.search = new URLSearchParams({
    redirect_uri: flow.redirectUri,
    state: flow.state,
    code_challenge: flow.challenge,
    code_challenge_method: 'S256',
  }).toString();
  return start;
}
