import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenPair } from '../../shared/sync/auth';
import { findUserByEmail } from '../../server/src/db/queries/users';
import { PASSWORD, register, uniqueEmail } from './helpers/accounts';
import { openPostgresTestDatabase, type TestDatabase } from './helpers/databases';
import { client, type Client } from './helpers/http';
import { codeIn, startSmtpSink, type ReceivedMail, type SmtpSink } from './helpers/smtp-sink';
import { manualClock, startTestApp, type TestApp } from './helpers/test-app';

const NEW_PASSWORD = 'a brand new passphrase';

function otherCode(code: string): string {
  return String((Number(code) + 1) % 10 ** code.length).padStart(code.length, '0');
}

describe('password reset by emailed one-time code', () => {
  let database: TestDatabase;
  let smtp: SmtpSink;
  let server: TestApp;
  let api: Client;
  const clock = manualClock();
  const codesSent: string[] = [];

  beforeAll(async () => {
    database = await openPostgresTestDatabase('reset');
    smtp = await startSmtpSink();
    server = await startTestApp({ database, smtpUrl: smtp.url, clock });
    api = client(server.url);
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
    await database?.drop();
  });

  const resetMails = (email: string) =>
    smtp.messages.filter((m) => m.to.includes(email) && m.subject.includes('reset'));

  /** Asks for a code and waits for the email carrying it (the n-th reset email to that address). */
  async function requestCode(email: string): Promise<string> {
    const already = resetMails(email).length;
    const reply = await api.post('/v1/auth/password-reset/request', { email });
    expect(reply.status).toBe(202);
    const mail: ReceivedMail = await smtp.waitFor(
      email,
      (m) => m.subject.includes('reset') && resetMails(email).indexOf(m) === already,
    );
    const code = codeIn(mail);
    codesSent.push(code);
    return code;
  }

  const confirm = (email: string, code: string, newPassword = NEW_PASSWORD) =>
    api.post('/v1/auth/password-reset/confirm', { email, code, newPassword });

  it('answers 202 with the same body whether or not the account exists, and mails only a real account', async () => {
    const { email } = await register(api);
    const nobody = uniqueEmail('nobody');
    const known = await api.post('/v1/auth/password-reset/request', { email });
    const unknown = await api.post('/v1/auth/password-reset/request', { email: nobody });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.text).toBe(unknown.text);
    await smtp.waitFor(email, (m) => m.subject.includes('reset'));
    // Give the unknown address's background task time to have sent mail, were it going to.
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.messages.some((m) => m.to.includes(nobody))).toBe(false);
  });

  it('sends a random 6–8 digit code that sets a new password once, verifies the email and ends old sessions', async () => {
    const { email, session } = await register(api);
    const code = await requestCode(email);
    expect(code).toMatch(/^\d{6,8}$/);
    expect((await api.get('/v1/me', { token: session.accessToken })).status).toBe(200);

    expect((await confirm(email, code)).status).toBe(204);
    // The access token in hand stops working at once, not when it expires.
    expect((await api.get('/v1/me', { token: session.accessToken })).status).toBe(401);
    expect((await api.post('/v1/auth/login', { email, password: PASSWORD })).status).toBe(401);
    const login = await api.post('/v1/auth/login', { email, password: NEW_PASSWORD });
    expect(login.status).toBe(200);
    expect((await findUserByEmail(database.db, email))?.email_verified).toBe(true);
    expect((await api.post('/v1/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(401);
    expect(TokenPair.safeParse(login.body).success).toBe(true);
    expect((await api.get('/v1/me', { token: TokenPair.parse(login.body).accessToken })).status).toBe(200);

    // Single use.
    const again = await confirm(email, code, 'yet another passphrase');
    expect(again.status).toBe(400);
    expect(again.body).toEqual({
      error: { code: 'invalid_code', message: 'The code is wrong or has expired. Ask for a new one.' },
    });
  });

  it('draws codes at random', async () => {
    const { email } = await register(api);
    const codes = new Set<string>();
    for (let i = 0; i < 4; i += 1) codes.add(await requestCode(email));
    expect(codes.size).toBe(4);
  });

  it('invalidates the previous code when a new one is sent', async () => {
    const { email } = await register(api);
    const first = await requestCode(email);
    const second = await requestCode(email);
    expect(second).not.toBe(first);
    expect((await confirm(email, first)).status).toBe(400);
    expect((await confirm(email, second)).status).toBe(204);
  });

  it('expires a code after 10 minutes', async () => {
    const { email } = await register(api);
    const code = await requestCode(email);
    clock.advance(10 * 60_000 + 1000);
    try {
      expect((await confirm(email, code)).status).toBe(400);
    } finally {
      clock.advance(-(10 * 60_000 + 1000));
    }
  });

  it('survives four wrong tries but not five', async () => {
    const lucky = (await register(api)).email;
    const luckyCode = await requestCode(lucky);
    for (let i = 0; i < 4; i += 1) expect((await confirm(lucky, otherCode(luckyCode))).status).toBe(400);
    expect((await confirm(lucky, luckyCode)).status).toBe(204);

    const unlucky = (await register(api)).email;
    const code = await requestCode(unlucky);
    for (let i = 0; i < 5; i += 1) expect((await confirm(unlucky, otherCode(code))).status).toBe(400);
    expect((await confirm(unlucky, code)).status).toBe(400);
    expect((await api.post('/v1/auth/login', { email: unlucky, password: PASSWORD })).status).toBe(200);
  });

  it('answers an unknown email, a wrong code and a malformed code without telling them apart', async () => {
    const { email } = await register(api);
    const code = await requestCode(email);
    const unknown = await confirm(uniqueEmail('ghost'), code);
    const wrong = await confirm(email, otherCode(code));
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual(wrong.body);
    const malformed = await confirm(email, '12ab');
    expect(malformed.status).toBe(400);
    expect((malformed.body as { error: { fields: Array<{ path: string }> } }).error.fields.map((f) => f.path)).toEqual([
      'code',
    ]);
  });

  it('never writes a code to the log', async () => {
    expect(codesSent.length).toBeGreaterThan(5);
    const log = server.logs.join('');
    // The log is there and is detailed (trace level), it just carries no code.
    expect(log).toContain('/v1/auth/password-reset/confirm');
    for (const code of codesSent) expect(log).not.toContain(code);
  });
});

describe('password reset request timing', () => {
  let database: TestDatabase;
  let slowSmtp: SmtpSink;
  let server: TestApp;

  beforeAll(async () => {
    database = await openPostgresTestDatabase('reset_timing');
    // Each delivery takes 1.5 s, as a slow relay might.
    slowSmtp = await startSmtpSink({ delayMs: 1500 });
    server = await startTestApp({ database, smtpUrl: slowSmtp.url });
  });
  afterAll(async () => {
    await server?.close();
    await slowSmtp?.close();
    await database?.drop();
  });

  it('answers before the email is sent, so a slow mail relay does not reveal that the account exists', async () => {
    const api = client(server.url);
    const { email } = await register(api);
    await slowSmtp.waitFor(email, (m) => m.subject.startsWith('Finish'));
    const timed = async (address: string) => {
      const started = performance.now();
      const reply = await api.post('/v1/auth/password-reset/request', { email: address });
      expect(reply.status).toBe(202);
      return performance.now() - started;
    };
    const known = await timed(email);
    const unknown = await timed(uniqueEmail('nobody'));
    // Far below the 1.5 s delivery: neither reply waited for mail.
    expect(known).toBeLessThan(1000);
    expect(unknown).toBeLessThan(1000);

    // Registration likewise: an existing address and a new one are both answered before any
    // hashing or mail, so neither the body nor the time tells them apart.
    const registering = async (address: string) => {
      const started = performance.now();
      const reply = await api.post('/v1/auth/register', {
        email: address,
        password: 'some password',
        displayName: 'R',
      });
      expect(reply.status).toBe(202);
      return performance.now() - started;
    };
    expect(await registering(email)).toBeLessThan(1000);
    expect(await registering(uniqueEmail('newcomer'))).toBeLessThan(1000);
    const mail = await slowSmtp.waitFor(email, (m) => m.subject.includes('reset'));
    expect(codeIn(mail)).toMatch(/^\d{8}$/);
  });
});
