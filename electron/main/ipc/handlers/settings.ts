import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

export function settingsHandlers(services: MainServices): Handlers<'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => services.settings.get(),
    'settings:update': (patch) => {
      const next = services.settings.update(patch);
      services.events.emit('settings:changed', next);
      return next;
    },
  };
}
