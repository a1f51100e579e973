/** The fixed list of main → renderer events; the preload forwards only these. */
export const EVENT_NAMES = [
  'data:changed',
  'settings:changed',
  'recording:progress',
  'updates:status',
  'ai:chat-token',
  'account:status',
  'sync:status',
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}
