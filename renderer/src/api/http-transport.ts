import type { IntervyouBridge } from '../../../shared/ipc/bridge';
import { EVENT_NAMES } from '../../../shared/ipc/event-names';
import { fail, type Result } from '../../../shared/ipc/result';

const TOKEN_KEY = 'intervyou.hostToken';

/**
 * The host token arrives once in the page URL (?token=…); keep it for this tab and take it out of
 * the address bar so it is not bookmarked or shared.
 */
function takeHostToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** The same bridge as the Electron preload, over the loopback browser host. */
export function createHttpBridge(): IntervyouBridge {
  const token = takeHostToken() ?? '';
  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  let source: EventSource | null = null;

  const connectEvents = (): void => {
    if (source) return;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (event) => {
        const payload: unknown = JSON.parse((event as MessageEvent<string>).data);
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
  };

  return {
    async invoke(channel, input) {
      try {
        const response = await fetch(`/api/invoke/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Result<never>;
      } catch {
        return fail('UNAVAILABLE', 'The IntervYou host is not reachable');
      }
    },
    on(event, listener) {
      connectEvents();
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener as Listener);
      listeners.set(event, set);
      return () => set.delete(listener as Listener);
    },
  };
}
