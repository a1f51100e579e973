import { randomBytes } from 'node:crypto';
import { AuthSession } from '../../../shared/sync/auth';
import type { Client } from './http';

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomBytes(4).toString('hex')}@example.com`;
}

export const PASSWORD = 'correct horse battery staple';

/** Registers through the API and returns the session, checked against the shared schema. */
export async function register(
  api: Client,
  overrides: { email?: string; password?: string; displayName?: string } = {},
) {
  const email = overrides.email ?? uniqueEmail();
  const reply = await api.post('/v1/auth/register', {
    email,
    password: overrides.password ?? PASSWORD,
    displayName: overrides.displayName ?? 'Test User',
  });
  if (reply.status !== 201) throw new Error(`register failed: ${reply.status} ${reply.text}`);
  return { email, session: AuthSession.parse(reply.body) };
}
