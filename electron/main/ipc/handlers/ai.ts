import { aiServiceFor } from '../../ai/ai-for-services';
import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

export function aiHandlers(
  services: MainServices,
): Handlers<'ai:status' | 'ai:set-key' | 'ai:delete-key' | 'ai:test-connection' | 'ai:usage'> {
  const ai = () => aiServiceFor(services);
  return {
    'ai:status': () => ai().status(),
    'ai:set-key': ({ apiKey }) => ai().setKey(apiKey),
    'ai:delete-key': () => ai().deleteKey(),
    'ai:test-connection': () => ai().testConnection(),
    'ai:usage': () => ai().usage(),
  };
}
