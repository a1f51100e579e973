import type { MailMessage } from './mailer';

export function welcomeMail(to: string, displayName: string): MailMessage {
  return {
    to,
    subject: 'Welcome to IntervYou',
    text: [
      `Hi ${displayName},`,
      '',
      'Your IntervYou account is ready. Your practice scores will sync to it when you are online;',
      'your answers and recordings stay on your computer.',
      '',
      'If you did not create this account, you can ignore this email, or reset the password to take it over.',
    ].join('\n'),
  };
}

export function resetCodeMail(to: string, code: string, validMinutes: number): MailMessage {
  return {
    to,
    subject: 'Your IntervYou password reset code',
    text: [
      `Your password reset code is: ${code}`,
      '',
      `Enter it in IntervYou within ${validMinutes} minutes. It works once.`,
      'If you did not ask to reset your password, ignore this email: your password has not changed.',
    ].join('\n'),
  };
}
