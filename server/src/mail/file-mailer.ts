import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Mailer, MailMessage } from './mailer';

/**
 * Without SMTP, each message is written as an RFC 822 .eml file (open it in any mail client), so a
 * local run can read its reset codes without a mail server.
 */
export function createFileMailer(folder: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    describe: `files in ${folder}`,
    send: async (message: MailMessage) => {
      const built = await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`;
      await writeFile(path.join(folder, name), built.message, { mode: 0o600 });
    },
    close: async () => {},
  };
}
