import { randomBytes } from 'node:crypto';
import type { Clock } from '../../server/src/clock';
import { codeFromMail, codesInMail, startAccountService as startService } from '../helpers/account-service';
import { startGoogleForService, type TestOidcProvider } from '../server/helpers/oidc-provider';

/** The real account service (server/, on embedded PGlite) as an end-to-end test drives it. */
export interface AccountService {
  url: string;
  /**
   * The newest code of this kind e-mailed to `email`, from the service's dev mail folder; waits
   * until more than `after` have come.
   */
  code(email: string, kind: 'registration' | 'reset', after?: number): Promise<string>;
  /** How many codes of this kind went to `email` so far. */
  codesSent(email: string, kind: 'registration' | 'reset'): number;
  /**
   * With `google: true`: a person the stand-in Google (oidc-provider) knows; returns the login
   * name to type on its sign-in page.
   */
  googleIdentity(email: string, name: string): string;
  /** Stops answering (the port closes), as when the service is down or the network is gone. */
  stop(): Promise<void>;
}

export async function startAccountService(
  options: { google?: boolean; clock?: Clock } = {},
): Promise<AccountService & { close(): Promise<void> }> {
  let idp: TestOidcProvider | null = null;
  let google = {};
  if (options.google) {
    const stand = await startGoogleForService();
    idp = stand.idp;
    google = { port: stand.port, env: stand.env };
  }
  const service = await startService({ ...google, ...(options.clock ? { clock: options.clock } : {}) });
  let stopped: Promise<void> | null = null;
  const stop = (): Promise<void> => (stopped ??= service.app.app.close());
  return {
    url: service.url,
    code: async (email, kind, after = 0) => {
      await codeFromMail(service, email, kind, after);
      return codesInMail(service, email, kind).at(-1) ?? '';
    },
    codesSent: (email, kind) => codesInMail(service, email, kind).length,
    googleIdentity: (email, name) => {
      if (!idp) throw new Error('start the account service with { google: true }');
      const login = `google-${randomBytes(5).toString('hex')}`;
      idp.identities.set(login, { email, emailVerified: true, name });
      return login;
    },
    stop,
    close: async () => {
      await stop();
      await service.close();
      await idp?.close();
    },
  };
}
