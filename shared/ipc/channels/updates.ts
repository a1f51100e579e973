import { z } from 'zod';
import { UpdateStatus } from '../../updates/update-status';
import { channel } from '../channel';
import { NoInput } from './app';

export const updateChannels = {
  /** The current update status (no network). */
  'updates:status': channel(NoInput, UpdateStatus),
  /** Checks the release feed now; a newer version downloads in the background. */
  'updates:check': channel(NoInput, UpdateStatus),
  /** Restarts into a downloaded update; `restarting` is false when none is downloaded. */
  'updates:install': channel(NoInput, z.object({ restarting: z.boolean() })),
};
