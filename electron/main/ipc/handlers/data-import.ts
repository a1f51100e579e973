import { createImportService } from '../../data-import/import-service';
import type { Platform } from '../../platform/platform';
import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

export function dataImportHandlers(
  services: MainServices,
  platform: Platform,
): Handlers<'data:inspect-import' | 'data:import'> {
  const imports = createImportService(services, platform);
  return {
    'data:inspect-import': () => imports.inspect(),
    'data:import': (input) => imports.import(input),
  };
}
