import nodemailer from 'nodemailer';
import type { Mailer, MailMessage } from './mailer';

/** Production mail through an SMTP relay given as smtp(s)://user:pass@host:port. */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    // nodemailer's logger would print message bodies — and with them reset codes.
    logger: false,
    debug: false,
  });
  const url = new URL(smtpUrl);
  return {
    describe: `SMTP ${url.protocol}//${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`,
    send: async (message: MailMessage) => {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
    close: async () => {
      transport.close();
    },
  };
}
