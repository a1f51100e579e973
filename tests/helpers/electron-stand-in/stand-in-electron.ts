import { EventEmitter } from 'node:events';
import { existsSync, statSync } from 'node:fs';

/**
 * A recording stand-in for the part of Electron's main-process API the app uses, for running the
 * built main bundle in plain Node where no Electron binary exists. It records every call, keeps
 * Electron's ordering rules that matter (schemes are registered before `ready`), and serves
 * `loadURL` through the protocol handler the app registered, so a page or asset missing from the
 * package fails the load as it would in Electron. It cannot run the renderer: the page probe's
 * answer is derived from what it could check (every asset loaded, the preload file exists).
 */

export interface RecordedCall {
  api: string;
  args: unknown[];
  /** Order of the call among all calls, and whether the app was ready when it happened. */
  seq: number;
  afterReady: boolean;
}

export interface StandInConfig {
  isPackaged: boolean;
  appPath: string;
  userData: string;
  name: string;
  version: string;
}

type ProtocolHandler = (request: Request) => Promise<Response> | Response;
type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

/** Serialisable view of an argument: functions by name, errors by message, the rest as is. */
function describe(value: unknown, depth = 0): unknown {
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  if (value instanceof Error) return { error: value.message };
  if (Array.isArray(value)) return depth > 4 ? '[array]' : value.map((v) => describe(v, depth + 1));
  if (value && typeof value === 'object') {
    if (depth > 4) return '[object]';
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, describe(v, depth + 1)]));
  }
  return value;
}

export function createStandInElectron(config: StandInConfig) {
  const calls: RecordedCall[] = [];
  let ready = false;
  const record = (api: string, ...args: unknown[]): void => {
    calls.push({ api, args: args.map((a) => describe(a)), seq: calls.length, afterReady: ready });
  };

  const protocolHandlers = new Map<string, ProtocolHandler>();
  const privilegedSchemes: string[] = [];
  const ipcHandlers = new Map<string, IpcHandler>();
  const windows: StandInWindow[] = [];
  let exitCode: number | null = null;
  const exitListeners: Array<(code: number) => void> = [];

  const app = Object.assign(new EventEmitter(), {
    isPackaged: config.isPackaged,
    getName: () => config.name,
    getVersion: () => config.version,
    getAppPath: () => config.appPath,
    getPath: (name: string) => {
      record('app.getPath', name);
      return name === 'userData' ? config.userData : `${config.userData}/${name}`;
    },
    isReady: () => ready,
    requestSingleInstanceLock: () => {
      record('app.requestSingleInstanceLock');
      return true;
    },
    whenReady: () => readyPromise,
    quit: () => {
      record('app.quit');
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      app.emit('before-quit', event);
      if (event.defaultPrevented) return;
      const willQuit = { defaultPrevented: false, preventDefault: () => (willQuit.defaultPrevented = true) };
      app.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) return;
      app.emit('quit', {}, 0);
      exit(0);
    },
    exit: (code = 0) => {
      record('app.exit', code);
      exit(code);
    },
  });

  function exit(code: number): void {
    if (exitCode !== null) return;
    exitCode = code;
    for (const listener of exitListeners) listener(code);
  }

  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  /** Fetches a URL of a registered scheme through the app's own handler, as Chromium would. */
  async function fetchThroughProtocol(url: string): Promise<Response> {
    const scheme = new URL(url).protocol.replace(/:$/, '');
    const handler = protocolHandlers.get(scheme);
    if (!handler) throw new Error(`ERR_UNKNOWN_URL_SCHEME: no handler for ${scheme}:`);
    return handler(new Request(url));
  }

  class StandInWebContents extends EventEmitter {
    readonly id: number;
    private destroyed = false;
    loadedOk = false;
    constructor(
      id: number,
      private readonly preload: string | undefined,
    ) {
      super();
      this.id = id;
    }
    setWindowOpenHandler(handler: unknown) {
      record('webContents.setWindowOpenHandler', handler);
    }
    override on(event: string, listener: (...args: unknown[]) => void): this {
      record('webContents.on', event);
      return super.on(event, listener);
    }
    send(channel: string, ...args: unknown[]) {
      record('webContents.send', channel, ...args);
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
    /** What RENDERER_PROBE would find, from what can be checked without a renderer. */
    async executeJavaScript(code: string) {
      record('webContents.executeJavaScript', code.slice(0, 60));
      const preloadOk = Boolean(this.preload && existsSync(this.preload) && statSync(this.preload).size > 0);
      return { bridge: preloadOk ? 'object' : 'undefined', app: this.loadedOk };
    }
  }

  class StandInWindow extends EventEmitter {
    static getAllWindows = () => windows.filter((w) => !w.destroyed);
    readonly webContents: StandInWebContents;
    readonly options: Record<string, unknown>;
    destroyed = false;
    loads: Array<{ url: string; ok: boolean; error?: string; assets: string[] }> = [];
    constructor(options: Record<string, unknown>) {
      super();
      record('new BrowserWindow', options);
      if (!ready) throw new Error('Cannot create BrowserWindow before app is ready');
      this.options = options;
      const prefs = (options.webPreferences ?? {}) as { preload?: string };
      this.webContents = new StandInWebContents(windows.length + 1, prefs.preload);
      windows.push(this);
      setImmediate(() => this.emit('ready-to-show'));
    }
    async loadURL(url: string) {
      record('BrowserWindow.loadURL', url);
      const assets: string[] = [];
      try {
        const page = await fetchThroughProtocol(url);
        if (page.status !== 200) throw new Error(`ERR_FILE_NOT_FOUND (${page.status}) loading ${url}`);
        const html = await page.text();
        for (const match of html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)) {
          const asset = new URL(match[1] ?? '', url).href;
          assets.push(asset);
          const reply = await fetchThroughProtocol(asset);
          if (reply.status !== 200) throw new Error(`ERR_FILE_NOT_FOUND (${reply.status}) loading ${asset}`);
          await reply.arrayBuffer();
        }
        this.webContents.loadedOk = true;
        this.loads.push({ url, ok: true, assets });
        this.webContents.emit('did-finish-load');
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.loads.push({ url, ok: false, error: message, assets });
        this.webContents.emit('did-fail-load', {}, -6, message, url);
        throw error;
      }
    }
    show() {
      record('BrowserWindow.show');
    }
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
    isDestroyed() {
      return this.destroyed;
    }
    close() {
      record('BrowserWindow.close');
      this.destroyed = true;
      this.webContents.destroy();
      this.emit('closed');
    }
  }

  const module = {
    app,
    BrowserWindow: StandInWindow,
    protocol: {
      registerSchemesAsPrivileged(schemes: Array<{ scheme: string }>) {
        record('protocol.registerSchemesAsPrivileged', schemes);
        // Electron refuses this once the app is ready; so does the stand-in.
        if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
        privilegedSchemes.push(...schemes.map((s) => s.scheme));
      },
      handle(scheme: string, handler: ProtocolHandler) {
        record('protocol.handle', scheme);
        protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: unknown) => record('session.setPermissionRequestHandler', handler),
        setPermissionCheckHandler: (handler: unknown) => record('session.setPermissionCheckHandler', handler),
      },
    },
    ipcMain: {
      handle(channel: string, handler: IpcHandler) {
        record('ipcMain.handle', channel);
        ipcHandlers.set(channel, handler);
      },
      removeHandler(channel: string) {
        record('ipcMain.removeHandler', channel);
        ipcHandlers.delete(channel);
      },
      on(channel: string) {
        record('ipcMain.on', channel);
      },
    },
    webContents: {
      getAllWebContents: () => windows.filter((w) => !w.destroyed).map((w) => w.webContents),
    },
    dialog: {
      showErrorBox: (title: string, content: string) => record('dialog.showErrorBox', title, content),
      showSaveDialog: async (...args: unknown[]) => {
        record('dialog.showSaveDialog', ...args);
        return { canceled: true };
      },
      showOpenDialog: async (...args: unknown[]) => {
        record('dialog.showOpenDialog', ...args);
        return { canceled: true, filePaths: [] };
      },
    },
    shell: {
      openExternal: async (url: string) => record('shell.openExternal', url),
      showItemInFolder: (file: string) => record('shell.showItemInFolder', file),
      openPath: async (file: string) => {
        record('shell.openPath', file);
        return '';
      },
    },
    nativeTheme: { shouldUseDarkColors: false },
  };

  return {
    module,
    calls,
    windows,
    ipcHandlers,
    privilegedSchemes,
    /** Electron fires `ready` after the main script's first turn. */
    becomeReady() {
      ready = true;
      record('app.ready');
      app.emit('ready');
      markReady();
    },
    onExit(listener: (code: number) => void) {
      exitListeners.push(listener);
    },
    exitCode: () => exitCode,
  };
}

export type StandInElectron = ReturnType<typeof createStandInElectron>;
