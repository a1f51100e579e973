import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../shared/sync/errors';
import { connectPostgres } from '../../server/src/db/connect';
import { register, uniqueEmail } from './helpers/accounts';
import { openPostgresTestDatabase, type TestDatabase } from './helpers/databases';
import { client, type Client } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/test-app';

const ALLOWED_ORIGIN = 'https://coach.intervyou.example';

describe('HTTP hardening', () => {
  let database: TestDatabase & { schema: string };
  let server: TestApp;
  let api: Client;

  beforeAll(async () => {
    database = await openPostgresTestDatabase('http');
    server = await startTestApp({ database, env: { CORS_ORIGINS: ALLOWED_ORIGIN } });
    api = client(server.url);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('sends security headers on API responses', async () => {
    const reply = await api.get('/health');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ status: 'ok' });
    const h = reply.headers;
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(h.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(h.get('content-security-policy')).toContain("default-src 'none'");
    expect(h.get('referrer-policy')).toBe('no-referrer');
    expect(h.get('x-powered-by')).toBeNull();
  });

  it('reports readiness with the database reachable', async () => {
    const reply = await api.get('/ready');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ status: 'ready', database: 'ok', redis: 'not_configured' });
  });

  it('allows CORS only for listed origins', async () => {
    const allowed = await api.get('/v1/leaderboard', { headers: { origin: ALLOWED_ORIGIN } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    const other = await api.get('/v1/leaderboard', { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const preflight = await fetch(`${server.url}/v1/sync/attempts`, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const evilPreflight = await fetch(`${server.url}/v1/sync/attempts`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(evilPreflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses oversized bodies with 413 before parsing them', async () => {
    const { session } = await register(api);
    const huge = JSON.stringify({ attempts: [{ id: 'x'.repeat(300 * 1024) }] });
    const sync = await api.post('/v1/sync/attempts', undefined, { token: session.accessToken, raw: huge });
    expect(sync.status).toBe(413);
    expect(ApiErrorBody.parse(sync.body).error.code).toBe('payload_too_large');
    // Sign-in endpoints take far less.
    const login = await api.post('/v1/auth/login', { email: uniqueEmail(), password: 'p'.repeat(20 * 1024) });
    expect(login.status).toBe(413);
  });

  it('answers malformed JSON, a wrong content type and unknown routes with JSON errors', async () => {
    const broken = await api.post('/v1/auth/login', undefined, { raw: '{"email": "a@b.c", ' });
    expect(broken.status).toBe(400);
    expect(ApiErrorBody.parse(broken.body).error.code).toBe('invalid_json');
    const text = await api.post('/v1/auth/login', undefined, {
      raw: 'email=a@b.c',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    expect(ApiErrorBody.parse(text.body).error.code).toBe('unsupported_media_type');
    const missing = await api.get('/v1/nothing-here?secret=1');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: 'not_found', message: 'No route for GET /v1/nothing-here.' } });
  });

  it('stores hostile text as data: SQL goes through Kysely parameters', async () => {
    const name = "Bobby'); DROP TABLE users;--";
    const { session } = await register(api, { displayName: name });
    expect(session.user.displayName).toBe(name);
    expect((await api.get('/v1/me', { token: session.accessToken })).status).toBe(200);
  });

  it('publishes the OpenAPI document and the docs page', async () => {
    const doc = await api.get<{ openapi: string; paths: Record<string, Record<string, unknown>> }>('/docs/json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    const routes = Object.entries(doc.body.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /v1/auth/register',
        'POST /v1/auth/login',
        'POST /v1/auth/refresh',
        'POST /v1/auth/logout',
        'POST /v1/auth/password-reset/request',
        'POST /v1/auth/password-reset/confirm',
        'GET /v1/auth/google/start',
        'GET /v1/auth/google/callback',
        'POST /v1/auth/token',
        'GET /v1/me',
        'PATCH /v1/me',
        'GET /v1/me/export',
        'DELETE /v1/me',
        'POST /v1/sync/attempts',
        'GET /v1/leaderboard',
        'GET /health',
        'GET /ready',
      ]),
    );
    const page = await fetch(`${server.url}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
  });

  it('turns an unexpected failure into a generic 500 with no stack, and logs the detail', async () => {
    // A schema nobody migrated: every query fails inside PostgreSQL.
    const unmigrated = await openPostgresTestDatabase('http_broken', false);
    const app = await startTestApp({ database: unmigrated });
    try {
      const reply = await client(app.url).post('/v1/auth/login', {
        email: uniqueEmail(),
        password: 'long enough pw',
      });
      expect(reply.status).toBe(500);
      expect(reply.body).toEqual({
        error: { code: 'internal', message: 'Something went wrong on our side. Try again later.' },
      });
      expect(reply.text).not.toMatch(/relation|users|stack|\.ts|node_modules/i);
      expect(app.logs.join('')).toMatch(/"level":50.*relation \\"users\\" does not exist/);
    } finally {
      await app.close();
      await unmigrated.drop();
    }
  });

  it('reports not ready when the database does not answer', async () => {
    const unreachable = await connectPostgres({ url: 'postgres://postgres@127.0.0.1:1/test' });
    const app = await startTestApp({ database: unreachable });
    try {
      const ready = await client(app.url).get('/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toEqual({ status: 'not_ready', database: 'unreachable', redis: 'not_configured' });
      // Liveness does not depend on the database.
      expect((await client(app.url).get('/health')).status).toBe(200);
    } finally {
      await app.close();
      await unreachable.close();
    }
  });
});
