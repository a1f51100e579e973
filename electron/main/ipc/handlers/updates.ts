import type { Platform } from '../../platform/platform';
import type { Handlers } from '../handler-types';

export function updateHandlers(platform: Platform): Handlers<'updates:status' | 'updates:check' | 'updates:install'> {
  return {
    'updates:status': () => platform.updates.status(),
    'updates:check': () => platform.updates.check(),
    'updates:install': () => ({ restarting: platform.updates.install() }),
  };
}
