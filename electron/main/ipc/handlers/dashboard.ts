import { dashboardSummary } from '../../db/queries/dashboard';
import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

export function dashboardHandlers(services: MainServices): Handlers<'dashboard:summary'> {
  return {
    'dashboard:summary': () => dashboardSummary(services.db, services.today()),
  };
}
