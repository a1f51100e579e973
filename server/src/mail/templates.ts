import type { MailMessage } from './mailer';

export function registrationCodeMail(to: string, displayName: string, code: string, validMinutes: number): MailMessage {
  return {
    to,
    subject: 'Finish creating your IntervYou account',
    text: [
      `Hi ${displayName},`,
      '',
      `Your account confirmation code is: ${code}`,
      '',
      `Enter it in IntervYou within ${validMinutes} minutes to finish creating your account. Your practice`,
      'scores will sync to it when you are online; your answers and recordings stay on your computer.',
      '',
      'If you did not ask for an account, ignore this email: nothing is created without the code.',
    ].join('\n'),
  };
}

/** Sent instead of a code when someone registers an address that already has an account. */
export function accountExistsMail(to: string): MailMessage {
  return {
    to,
    subject: 'Someone tried to create an IntervYou account with your email',
    text: [
      'Someone (perhaps you) just tried to create an IntervYou account with this email address,',
      'but you already have one, so nothing was changed.',
      '',
      'If it was you: sign in with your password, or ask IntervYou for a password reset code if you',
      'have forgotten it. If it was not you, you can ignore this email.',
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
