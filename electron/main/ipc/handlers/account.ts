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

type SyncChannel = 'sync:status' | 'sync:now' | 'sync:rejections' | 'sync:dismiss-rejections' | 'leaderboard:get';

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

// Placeholder while the sync engine is built (issue 9); replaced, not shipped.
export function syncHandlers(_services: MainServices): Handlers<SyncChannel> {
  const notYet = (): never => {
    throw new Error('Sync is not built yet.');
  };
  return {
    'sync:status': notYet,
    'sync:now': notYet,
    'sync:rejections': notYet,
    'sync:dismiss-rejections': notYet,
    'leaderboard:get': notYet,
  };
}
