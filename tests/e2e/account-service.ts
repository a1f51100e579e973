import path from 'node:path';
import { openPGliteTestDatabase } from '../server/helpers/databases';
import { CONFIRMATION_CODE, codeInMailFolder, codesInMailFolder, RESET_CODE } from '../server/helpers/mail-folder';
import { startTestApp, type TestApp } from '../server/helpers/test-app';

/** The real account service (server/, on embedded PGlite) as an end-to-end test drives it. */
export interface AccountService {
  url: string;
  /** Where the service writes its e-mails (.eml), as a local run without SMTP does. */
  mailDir: string;
  /** The newest code of this kind e-mailed to `email`, waiting until more than `after` have come. */
  code(email: string, kind: 'confirmation' | 'reset', after?: number): Promise<string>;
  /** How many codes of this kind went to `email` so far. */
  codesSent(email: string, kind: 'confirmation' | 'reset'): number;
  /** Stops answering (the port closes), as when the service is down or the network is gone. */
  stop(): Promise<void>;
}

const PATTERNS = { confirmation: CONFIRMATION_CODE, reset: RESET_CODE } as const;

export async function startAccountService(): Promise<AccountService & { close(): Promise<void> }> {
  const database = await openPGliteTestDatabase();
  let running: TestApp | null = await startTestApp({ database });
  const { url } = running;
  const mailDir = path.join(running.dataDir, 'mail');
  const stop = async (): Promise<void> => {
    const app = running;
    running = null;
    // close() also removes the service's data folder; read codes before stopping.
    if (app) await app.close();
  };
  return {
    url,
    mailDir,
    code: (email, kind, after = 0) => codeInMailFolder(mailDir, email, PATTERNS[kind], { after }),
    codesSent: (email, kind) => codesInMailFolder(mailDir, email, PATTERNS[kind]).length,
    stop,
    close: async () => {
      await stop();
      await database.drop();
    },
  };
}
