import type { IpcMain, WebContents } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '../../../shared/ipc/bridge';
import { originOf } from '../security/app-origin';
import type { EventBus } from '../events';
import type { Dispatcher } from './dispatcher';

/**
 * The Electron transport: one invoke channel into the dispatcher (which checks the sender's
 * origin) and one event channel out to every window.
 */
export function registerElectronIpc(options: {
  ipcMain: IpcMain;
  dispatcher: Dispatcher;
  events: EventBus;
  allWebContents: () => WebContents[];
}): () => void {
  const { ipcMain, dispatcher, events } = options;
  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown) =>
    dispatcher.dispatch(typeof channel === 'string' ? channel : '', input, {
      origin: originOf(event.senderFrame?.url),
    }),
  );
  const unsubscribe = events.subscribe((name, payload) => {
    for (const contents of options.allWebContents()) {
      if (!contents.isDestroyed()) contents.send(IPC_EVENT, name, payload);
    }
  });
  return () => {
    ipcMain.removeHandler(IPC_INVOKE);
    unsubscribe();
  };
}
