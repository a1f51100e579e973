// TEMPORARY: a minimal AccountSession over the real service until the account client lands on main.
import type { z } from 'zod';
import { AuthSession } from '../../../shared/sync/auth';
import type { AccountSession, ServiceRequest } from '../../../electron/main/account/account-session';
import { ServiceError } from '../../../electron/main/account/service-error';

export function standInSession(baseUrl: string, tokens: { accessToken: string; refreshToken: string }) {
  let access: string | null = tokens.accessToken;
  let refresh: string | null = tokens.refreshToken;
  const listeners = new Set<() => void>();

  async function send(request: ServiceRequest, token: string | null): Promise<Response> {
    const url = new URL(request.path, baseUrl);
    for (const [k, v] of Object.entries(request.query ?? {})) url.searchParams.set(k, v);
    try {
      return await fetch(url, {
        method: request.method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: AbortSignal.timeout(request.timeoutMs ?? 10_000),
      });
    } catch (cause) {
      throw new ServiceError('offline', 'The account service could not be reached.', { cause });
    }
  }

  async function read<T>(response: Response, reply: z.ZodType<T>): Promise<T> {
    if (response.status >= 500 || response.status === 429) {
      const after = Number(response.headers.get('retry-after'));
      throw new ServiceError('server', `HTTP ${response.status}`, {
        status: response.status,
        retryAfterMs: Number.isFinite(after) && after > 0 ? after * 1000 : null,
      });
    }
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      throw new ServiceError('offline', 'The connection dropped.', { cause });
    }
    if (response.status >= 400) throw new ServiceError('rejected', text, { status: response.status });
    try {
      return reply.parse(JSON.parse(text));
    } catch (cause) {
      throw new ServiceError('bad-reply', 'Unreadable reply.', { cause });
    }
  }

  const signOut = () => {
    access = refresh = null;
    for (const l of listeners) l();
  };

  async function renew(): Promise<void> {
    const response = await send({ method: 'POST', path: '/v1/auth/refresh', body: { refreshToken: refresh } }, null);
    if (response.status === 401) {
      signOut();
      throw new ServiceError('signed-out', 'You were signed out: the session ended on another device.');
    }
    const session = await read(response, AuthSession);
    access = session.accessToken;
    refresh = session.refreshToken;
  }

  const session: AccountSession & { signOut(): void; refreshToken(): string | null } = {
    isSignedIn: () => refresh !== null,
    serverUrl: () => baseUrl,
    async authorized(request, reply) {
      if (!refresh) throw new ServiceError('signed-out', 'Not signed in.');
      let response = await send(request, access);
      if (response.status === 401) {
        await renew();
        response = await send(request, access);
      }
      return read(response, reply);
    },
    async anonymous(request, reply) {
      return read(await send(request, null), reply);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signOut,
    refreshToken: () => refresh,
  };
  return session;
}
