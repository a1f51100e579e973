import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ServiceProcess {
  child: ChildProcess;
  url: string;
}

/**
 * The account service as deployed, in its own process (so the bench's process only measures its
 * own side), with `env` on top of this process's environment. PORT 0 unless given.
 */
export async function spawnAccountService(env: Record<string, string>): Promise<ServiceProcess> {
  // node --import tsx (not the tsx CLI, which forks): the child's pid is the service's, for CPU accounting.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/src/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"address":"(http:\/\/[^"]+)"/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        // Keep draining the log so the child never blocks on a full pipe.
        child.stdout?.removeListener('data', onData);
        child.stdout?.resume();
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
  return { child, url };
}

/** Registration finishes with the code the service emailed; without SMTP it lands in DATA_DIR/mail. */
export async function confirmationCode(dataDir: string, email: string): Promise<string> {
  const folder = path.join(dataDir, 'mail');
  for (let i = 0; i < 200; i += 1) {
    const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.eml')) : [];
    for (const file of files) {
      const text = readFileSync(path.join(folder, file), 'utf8');
      const code = text.includes(email) ? /confirmation code is: (\d+)/.exec(text)?.[1] : undefined;
      if (code) return code;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no confirmation code for ${email}`);
}
