import { codeFromMail, codesInMail, startAccountService as startService } from '../helpers/account-service';

/** The real account service (server/, on embedded PGlite) as an end-to-end test drives it. */
export interface AccountService {
  url: string;
  /** The newest code of this kind e-mailed to `email`, from the service's dev mail folder; waits until more than `after` have come. */
  code(email: string, kind: 'registration' | 'reset', after?: number): Promise<string>;
  /** How many codes of this kind went to `email` so far. */
  codesSent(email: string, kind: 'registration' | 'reset'): number;
  /** Stops answering (the port closes), as when the service is down or the network is gone. */
  stop(): Promise<void>;
}

export async function startAccountService(): Promise<AccountService & { close(): Promise<void> }> {
  const service = await startService();
  let stopped: Promise<void> | null = null;
  const stop = (): Promise<void> => (stopped ??= service.app.app.close());
  return {
    url: service.url,
    code: async (email, kind, after = 0) => {
      await codeFromMail(service, email, kind, after);
      return codesInMail(service, email, kind).at(-1) ?? '';
    },
    codesSent: (email, kind) => codesInMail(service, email, kind).length,
    stop,
    close: async () => {
      await stop();
      await service.close();
    },
  };
}
