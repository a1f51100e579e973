import type { MainServices } from '../main/services';
import type { HostRoute } from './host-server';
import { mediaHostRoute } from './media-route';

/** The extra HTTP routes of the browser host, built from the running services. */
export function createHostRoutes(services: MainServices): HostRoute[] {
  return [mediaHostRoute(services.media)];
}
