import { z } from 'zod';
import { Settings } from '../settings/settings-schema';
import type { EventName } from './event-names';
import { UpdateStatus } from '../updates/update-status';
import { RecordingProgress } from './channels/recording';
import { AccountStatus } from './channels/account';
import { SyncStatus } from './channels/sync';

export { EVENT_NAMES, isEventName, type EventName } from './event-names';

/** Payload schema of each event in EVENT_NAMES. */
export const events = {
  /** Local data changed (attempts, questions, recordings…); screens showing it should reload. */
  'data:changed': z.object({ scope: z.string() }),
  'settings:changed': Settings,
  /** Processing of a stopped or recovered recording. */
  'recording:progress': RecordingProgress,
  /** The app's self-update moved on (checking, found, downloading, ready to install, failed). */
  'updates:status': UpdateStatus,
  /** A piece of a streamed coach reply. */
  'ai:chat-token': z.object({ requestId: z.string(), conversationId: z.string(), text: z.string() }),
  /** Signed in or out, the user's details changed, or the session ended elsewhere. */
  'account:status': AccountStatus,
  /** The sync engine moved on (syncing, pending count, last error, next retry). */
  'sync:status': SyncStatus,
} satisfies Record<EventName, z.ZodType>;

export type Events = typeof events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
