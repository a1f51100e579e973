import { Email } from '../../../shared/sync/auth';
import { serviceUrlProblem } from '../../../shared/settings/service-url';
import { isServiceError } from '../../main/account/service-error';
import type { MainServices } from '../../main/services';
import { passwordFromStdin } from '../account/password-stdin';
import { syncSummaryForStatus } from '../account/sync-summary';
import { openCliServices } from '../cli-services';
import type { CliCommand, CliIO } from '../cli-types';
import { UsageError } from '../cli-types';
import { parseCommandArgs } from '../parse-args';

/** The service could not be reached or answered with an error: try again later (as `coach sync`). */
const EXIT_UNREACHABLE = 3;

const FORMS = [
  'signup --email E --name N --password-stdin [--server URL]',
  'confirm --email E --code C [--server URL]',
  'signin --email E --password-stdin [--server URL]',
  'signout',
  'status [--json]',
];

function email(value: string | undefined): string {
  if (!value) throw new UsageError('Give the account e-mail with --email');
  const parsed = Email.safeParse(value);
  if (!parsed.success) throw new UsageError(`--email "${value}" is not an e-mail address`);
  return parsed.data;
}

/** --server points this data folder at an account service (kept in Settings, as the app's field). */
function useServer(services: MainServices, server: string | undefined): void {
  if (server === undefined) return;
  const problem = serviceUrlProblem(server.trim());
  if (problem) throw new UsageError(`--server: ${problem}`);
  services.settings.update({ sync: { serverUrl: server.trim() } });
}

async function withServices(io: CliIO, run: (services: MainServices) => Promise<number>): Promise<number> {
  const services = await openCliServices(io);
  try {
    return await run(services);
  } catch (error) {
    if (!isServiceError(error)) throw error;
    io.stderr(`coach account: ${error.message}\n`);
    return error.kind === 'offline' || error.kind === 'server' || error.kind === 'bad-reply' ? EXIT_UNREACHABLE : 1;
  } finally {
    await services.close();
  }
}

const subcommands: Record<string, (args: string[], io: CliIO) => Promise<number>> = {
  async signup(args, io) {
    const { values } = parseCommandArgs(args, {
      email: { type: 'string' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      server: { type: 'string' },
    });
    const address = email(values.email);
    if (!values.name?.trim()) throw new UsageError('Give the name others see on the leaderboard with --name');
    if (!values['password-stdin']) throw new UsageError('Give the password on standard input with --password-stdin');
    const password = await passwordFromStdin(io.readStdin);
    return withServices(io, async (services) => {
      useServer(services, values.server);
      const sent = await services.account.register({ email: address, displayName: values.name!.trim(), password });
      io.stdout(
        `${sent.message}\nWe e-mailed a code to ${address}. Finish with: coach account confirm --email ${address} --code <code>\n`,
      );
      return 0;
    });
  },

  async confirm(args, io) {
    const { values } = parseCommandArgs(args, {
      email: { type: 'string' },
      code: { type: 'string' },
      server: { type: 'string' },
    });
    const address = email(values.email);
    const code = values.code?.trim() ?? '';
    if (!/^\d{6,8}$/.test(code)) throw new UsageError('--code is the 6 to 8 digits from the e-mail');
    return withServices(io, async (services) => {
      useServer(services, values.server);
      const status = await services.account.confirmRegistration({ email: address, code });
      io.stdout(`Account created. Signed in as ${status.user?.email ?? address}.\n`);
      return 0;
    });
  },

  async signin(args, io) {
    const { values } = parseCommandArgs(args, {
      email: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      server: { type: 'string' },
    });
    const address = email(values.email);
    if (!values['password-stdin']) throw new UsageError('Give the password on standard input with --password-stdin');
    const password = await passwordFromStdin(io.readStdin);
    return withServices(io, async (services) => {
      useServer(services, values.server);
      const status = await services.account.signIn({ email: address, password });
      io.stdout(`Signed in as ${status.user?.displayName ?? ''} <${status.user?.email ?? address}>.\n`);
      if (status.storageWarning) io.stderr(`coach account: ${status.storageWarning}\n`);
      return 0;
    });
  },

  async signout(args, io) {
    parseCommandArgs(args, {});
    return withServices(io, async (services) => {
      const wasSignedIn = (await services.account.status()).signedIn;
      await services.account.signOut();
      io.stdout(wasSignedIn ? 'Signed out.\n' : 'Nobody was signed in.\n');
      return 0;
    });
  },

  async status(args, io) {
    const { values } = parseCommandArgs(args, { json: { type: 'boolean', default: false } });
    return withServices(io, async (services) => {
      const status = await services.account.status();
      const sync = await syncSummaryForStatus(services);
      const summary = { signedIn: status.signedIn, email: status.user?.email ?? null, server: status.server, ...sync };
      if (values.json) {
        io.stdout(`${JSON.stringify(summary)}\n`);
      } else {
        io.stdout(
          [
            status.signedIn
              ? `Signed in as ${status.user?.displayName ?? ''} <${summary.email ?? ''}>`
              : 'Not signed in',
            `Account service: ${status.server ?? 'none set'}${status.serverSource ? ` (${status.serverSource})` : ''}`,
            `Waiting to sync: ${sync.pending}`,
            ...(sync.lastSyncAt ? [`Last synced: ${sync.lastSyncAt}`] : []),
            ...(sync.lastError ? [`Last error: ${sync.lastError}`] : []),
            ...(status.notice ? [status.notice] : []),
            ...(status.storageWarning ? [status.storageWarning] : []),
          ].join('\n') + '\n',
        );
      }
      return 0;
    });
  },
};

/** `coach account …`: the app's account on the command line, with the same keychain. */
export const accountCommand: CliCommand = {
  name: 'account',
  summary: 'Create an account, sign in or out, and show who is signed in and what waits to sync',
  usage: 'account <signup|confirm|signin|signout|status> [options]',
  async run(args, io) {
    const [sub, ...rest] = args;
    const run = sub ? subcommands[sub] : undefined;
    if (!run) {
      const what = sub ? `Unknown account command "${sub}"` : 'Give an account command';
      throw new UsageError(`${what}: coach account ${FORMS.join(' | ')}`);
    }
    return run(rest, io);
  },
};
