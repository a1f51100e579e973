import argon2 from 'argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../shared/sync/errors';
import { createArgon2Hasher, type PasswordHasher } from '../../server/src/auth/passwords';
import { findUserByEmail } from '../../server/src/db/queries/users';
import { PASSWORD, register, registrationCodeIn, uniqueEmail, waitForSent } from './helpers/accounts';
import { openPostgresTestDatabase, type TestDatabase } from './helpers/databases';
import { client, type Client } from './helpers/http';
import { startSmtpSink, type SmtpSink } from './helpers/smtp-sink';
import { realHasher, startTestApp, type TestApp } from './helpers/test-app';

/** The real hasher, counting how often it is asked to hash. */
function counting(inner: PasswordHasher) {
  const counts = { hash: 0, verify: 0 };
  const hasher: PasswordHasher = {
    hash: (p) => {
      counts.hash += 1;
      return inner.hash(p);
    },
    verify: (h, p) => {
      counts.verify += 1;
      return inner.verify(h, p);
    },
    needsRehash: (h) => inner.needsRehash(h),
    burn: (p) => {
      counts.verify += 1;
      return inner.burn(p);
    },
  };
  return { hasher, counts };
}

describe('register and login', () => {
  let database: TestDatabase;
  let smtp: SmtpSink;
  let server: TestApp;
  let api: Client;
  let counted: ReturnType<typeof counting>;

  beforeAll(async () => {
    database = await openPostgresTestDatabase('accounts');
    smtp = await startSmtpSink();
    counted = counting(await realHasher());
    server = await startTestApp({ database, smtpUrl: smtp.url, passwords: counted.hasher });
    api = client(server.url);
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
    await database?.drop();
  });

  it('registers in two steps: 202, a code emailed over SMTP, then tokens for a verified account', async () => {
    const email = uniqueEmail('Welcome').replace('welcome', 'WeLcOmE');
    const { session } = await register(api, { email, displayName: '  Ann Lee ' });
    expect(session.user).toMatchObject({
      email: email.toLowerCase(),
      displayName: 'Ann Lee',
      emailVerified: true,
      hasPassword: true,
      leaderboardOptIn: false,
      providers: [],
    });
    expect(session.tokenType).toBe('Bearer');
    expect(session.expiresIn).toBe(900);
    const mail = await smtp.waitFor(email.toLowerCase());
    expect(mail.subject).toBe('Finish creating your IntervYou account');
    expect(mail.text).toContain('Hi Ann Lee');
    expect(registrationCodeIn(mail.text)).toMatch(/^\d{8}$/);
  });

  it('answers an existing email exactly like a new one, and emails its owner instead', async () => {
    const { email } = await register(api);
    const fresh = uniqueEmail('fresh');
    const ask = (address: string) =>
      api.post('/v1/auth/register', { email: address, password: 'an intruder password', displayName: 'Twin' });
    const taken = await ask(email.toUpperCase());
    const untaken = await ask(fresh);
    expect(taken.status).toBe(202);
    expect(untaken.status).toBe(202);
    expect(taken.text).toBe(untaken.text);
    expect([...taken.headers.keys()].sort()).toEqual([...untaken.headers.keys()].sort());

    const notice = await smtp.waitFor(email, (m) => m.subject.startsWith('Someone tried'));
    expect(notice.text).toContain('you already have one');
    expect(registrationCodeIn(notice.text)).toBeNull();
    const code = registrationCodeIn((await smtp.waitFor(fresh)).text);
    expect(code).toMatch(/^\d{8}$/);
    // The existing account is untouched: its password still works, the intruder's does not.
    expect((await api.post('/v1/auth/login', { email, password: PASSWORD })).status).toBe(200);
    expect((await api.post('/v1/auth/login', { email, password: 'an intruder password' })).status).toBe(401);
    // And there is no code that could finish a registration over it.
    const guess = await api.post('/v1/auth/register/confirm', { email, code });
    expect(guess.status).toBe(400);
    expect(ApiErrorBody.parse(guess.body).error.code).toBe('invalid_code');
  });

  it('keeps a registration pending until its code comes back: no sign-in, wrong codes refused', async () => {
    const email = uniqueEmail('pending');
    const ask = (password: string) => api.post('/v1/auth/register', { email, password, displayName: 'P' });
    expect((await ask('first password 1')).status).toBe(202);
    const first = registrationCodeIn((await waitForSent(server.url, email, 0)).text) ?? '';
    expect((await api.post('/v1/auth/login', { email, password: 'first password 1' })).status).toBe(401);
    const wrong = String((Number(first) + 1) % 1e8).padStart(8, '0');
    expect((await api.post('/v1/auth/register/confirm', { email, code: wrong })).status).toBe(400);

    // Registering again before anyone confirmed replaces the pending one and its code.
    expect((await ask('second password 2')).status).toBe(202);
    const second = registrationCodeIn((await waitForSent(server.url, email, 1)).text) ?? '';
    if (second !== first) {
      expect((await api.post('/v1/auth/register/confirm', { email, code: first })).status).toBe(400);
    }
    const done = await api.post('/v1/auth/register/confirm', { email, code: second });
    expect(done.status).toBe(201);
    expect((await api.post('/v1/auth/login', { email, password: 'second password 2' })).status).toBe(200);
    // A code works once.
    expect((await api.post('/v1/auth/register/confirm', { email, code: second })).status).toBe(400);
  });

  it('stores an argon2id hash at or above m=19456, t=2, p=1 — never the password', async () => {
    const { email } = await register(api);
    const row = await findUserByEmail(database.db, email);
    // PHC string: $argon2id$v=19$m=<KiB>,p=<lanes>,t=<passes>$salt$hash
    expect(row?.password_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,p=\d+,t=\d+\$/);
    const [, m, p, t] = /m=(\d+),p=(\d+),t=(\d+)/.exec(row?.password_hash ?? '') ?? [];
    expect(Number(m)).toBeGreaterThanOrEqual(19_456);
    expect(Number(t)).toBeGreaterThanOrEqual(2);
    expect(Number(p)).toBeGreaterThanOrEqual(1);
    expect(row?.password_hash).not.toContain(PASSWORD);
  });

  it('signs in with the right password and answers one generic 401 for a wrong password or an unknown email', async () => {
    const { email, session } = await register(api);
    const ok = await api.post<{ user: { id: string } }>('/v1/auth/login', { email, password: PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.body.user.id).toBe(session.user.id);

    const wrong = await api.post('/v1/auth/login', { email, password: 'not the password' });
    const unknown = await api.post('/v1/auth/login', { email: uniqueEmail('nobody'), password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ error: { code: 'invalid_credentials', message: 'Email or password is incorrect.' } });
  });

  it('spends an argon2 verification on an unknown email too, so timing does not reveal accounts', async () => {
    const before = counted.counts.verify;
    await api.post('/v1/auth/login', { email: uniqueEmail('ghost'), password: 'whatever-it-is' });
    expect(counted.counts.verify).toBe(before + 1);
  });

  it('rejects over-long passwords with a 400 before any hashing', async () => {
    const before = { ...counted.counts };
    const long = 'p'.repeat(129);
    const reg = await api.post('/v1/auth/register', { email: uniqueEmail(), password: long, displayName: 'Long' });
    const login = await api.post('/v1/auth/login', { email: uniqueEmail(), password: 'p'.repeat(5000) });
    for (const reply of [reg, login]) {
      expect(reply.status).toBe(400);
      expect(ApiErrorBody.parse(reply.body).error.fields?.map((f) => f.path)).toContain('password');
    }
    expect(counted.counts).toEqual(before);
  });

  it('answers invalid input with 400, the field paths, and no stack trace', async () => {
    const reply = await api.post('/v1/auth/register', {
      email: 'not-an-email',
      password: 'short',
      displayName: '',
      extra: 1,
    });
    expect(reply.status).toBe(400);
    const body = ApiErrorBody.parse(reply.body);
    expect(body.error.code).toBe('validation_failed');
    expect([...new Set(body.error.fields?.map((f) => f.path))].sort()).toEqual([
      'displayName',
      'email',
      'extra',
      'password',
    ]);
    expect(reply.text).not.toMatch(/at .+\.ts:\d+|node_modules|ZodError/);
  });

  it('rehashes on login when the configured argon2 cost has risen since the hash was made', async () => {
    const { email } = await register(api);
    const before = (await findUserByEmail(database.db, email))?.password_hash ?? '';
    expect(before).toContain('m=19456,p=1,t=2');

    const stronger = await createArgon2Hasher({ memoryKiB: 24_576, timeCost: 3, parallelism: 1 });
    const upgraded = await startTestApp({
      database,
      passwords: stronger,
      env: { ARGON2_MEMORY_KIB: '24576', ARGON2_TIME_COST: '3' },
    });
    try {
      const reply = await client(upgraded.url).post('/v1/auth/login', { email, password: PASSWORD });
      expect(reply.status).toBe(200);
    } finally {
      await upgraded.close();
    }
    const after = (await findUserByEmail(database.db, email))?.password_hash ?? '';
    expect(after).toContain('m=24576,p=1,t=3');
    expect(await argon2.verify(after, PASSWORD)).toBe(true);

    // And the next login with the same parameters leaves it alone.
    const again = await startTestApp({ database, passwords: stronger });
    try {
      await client(again.url).post('/v1/auth/login', { email, password: PASSWORD });
    } finally {
      await again.close();
    }
    expect((await findUserByEmail(database.db, email))?.password_hash).toBe(after);
  });
});
