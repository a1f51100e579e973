import { asAppError } from '../../account/app-error';
import type { Platform } from '../../platform/platform';
import type { Handlers } from '../handler-types';
import type { MainServices } from '../../services';

type AccountChannel =
  | 'account:status'
  | 'account:register'
  | 'account:confirm-registration'
  | 'account:sign-in'
  | 'account:sign-in-google'
  | 'account:cancel-google'
  | 'account:sign-out'
  | 'account:request-password-reset'
  | 'account:confirm-password-reset'
  | 'account:update'
  | 'account:delete';

/** Sign-up, sign-in (password or Google through the system browser), the account's settings. */
export function accountHandlers(services: MainServices, platform: Platform): Handlers<AccountChannel> {
  const { account } = services;
  return {
    'account:status': () => account.status(),
    'account:register': (input) => asAppError(() => account.register(input)),
    'account:confirm-registration': (input) => asAppError(() => account.confirmRegistration(input)),
    'account:sign-in': (input) => asAppError(() => account.signIn(input)),
    'account:sign-in-google': () => asAppError(() => account.signInWithGoogle(platform)),
    'account:cancel-google': () => ({ cancelled: account.cancelGoogle() }),
    'account:sign-out': () => account.signOut(),
    'account:request-password-reset': (input) => asAppError(() => account.requestPasswordReset(input.email)),
    'account:confirm-password-reset': (input) => asAppError(() => account.confirmPasswordReset(input)),
    'account:update': (input) => asAppError(() => account.update(input)),
    'account:delete': () => asAppError(() => account.deleteAccount()),
  };
}
