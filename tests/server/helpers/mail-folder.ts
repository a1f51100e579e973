import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const CONFIRMATION_CODE = /confirmation code is: (\d+)/;
export const RESET_CODE = /reset code is: (\d+)/;

/** Undoes quoted-printable soft line breaks and escapes, which nodemailer may use in the body. */
function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The code in the newest message to `to` that matches `pattern`, from the folder the service's file
 * mailer writes .eml files to (DATA_DIR/mail, what a local run without SMTP uses). Mail goes out
 * after the reply, so this waits for it; `after` skips messages already read.
 */
export async function codeInMailFolder(
  folder: string,
  to: string,
  pattern: RegExp,
  { after = 0, timeoutMs = 10_000 }: { after?: number; timeoutMs?: number } = {},
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const codes = codesInMailFolder(folder, to, pattern);
    const code = codes.length > after ? codes.at(-1) : undefined;
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`no message to ${to} matching ${String(pattern)} in ${folder}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The codes matching `pattern` in the messages to `to`, oldest first (file names start with the time sent). */
export function codesInMailFolder(folder: string, to: string, pattern: RegExp): string[] {
  if (!existsSync(folder)) return [];
  const recipient = new RegExp(`^To: ${to.toLowerCase().replace(/[.+]/g, '\\$&')}$`, 'mi');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.eml'))
    .sort()
    .map((name) => decodeQuotedPrintable(readFileSync(path.join(folder, name), 'utf8')))
    .filter((message) => recipient.test(message))
    .map((message) => pattern.exec(message)?.[1])
    .filter((code): code is string => code !== undefined);
}
