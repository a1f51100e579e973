import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/ipc/bridge';
import { isEventName } from '../../shared/ipc/event-names';

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();

ipcRenderer.on(IPC_EVENT, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return;
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

// Only this object crosses into the page: no ipcRenderer, no Node.
contextBridge.exposeInMainWorld('intervyou', {
  invoke: (channel: unknown, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(IPC_INVOKE, typeof channel === 'string' ? channel : '', input),
  on: (event: unknown, listener: unknown): (() => void) => {
    if (!isEventName(event) || typeof listener !== 'function') return () => undefined;
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener as Listener);
    listeners.set(event, set);
    return () => set.delete(listener as Listener);
  },
});
