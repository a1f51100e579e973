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
  | 'account:delete'
  | 'sync:status'
  | 'sync:now'
  | 'sync:rejections'
  | 'sync:dismiss-rejections'
  | 'leaderboard:get';

// Placeholder while the account client and sync engine are built (issue 9); replaced, not shipped.
export function accountHandlers(_services: MainServices): Handlers<AccountChannel> {
  const notYet = (): never => {
    throw new Error('Accounts and sync are not built yet.');
  };
  return {
    'account:status': notYet,
    'account:register': notYet,
    'account:confirm-registration': notYet,
    'account:sign-in': notYet,
    'account:sign-in-google': notYet,
    'account:cancel-google': notYet,
    'account:sign-out': notYet,
    'account:request-password-reset': notYet,
    'account:confirm-password-reset': notYet,
    'account:update': notYet,
    'account:delete': notYet,
    'sync:status': notYet,
    'sync:now': notYet,
    'sync:rejections': notYet,
    'sync:dismiss-rejections': notYet,
    'leaderboard:get': notYet,
  };
}
