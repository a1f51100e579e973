import { loadSampleData, removeSampleRows, sampleSummary } from '../../sample/sample-data';
import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

export function sampleHandlers(services: MainServices): Handlers<'sample:status' | 'sample:load' | 'sample:remove'> {
  const target = { db: services.db, sqlite: services.database.sqlite };
  return {
    'sample:status': () => sampleSummary(services.db),
    'sample:load': async ({ attempts }) => {
      const result = await loadSampleData(target, { attempts, now: services.now() });
      services.events.emit('data:changed', { scope: 'all' });
      return result;
    },
    'sample:remove': () => {
      const result = removeSampleRows(services.database.sqlite);
      services.events.emit('data:changed', { scope: 'all' });
      return result;
    },
  };
}
