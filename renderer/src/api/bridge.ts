import type { IntervyouBridge } from '../../../shared/ipc/bridge';
import { createHttpBridge } from './http-transport';

declare global {
  interface Window {
    /** Present inside Electron, put there by the preload. */
    intervyou?: IntervyouBridge;
  }
}

/** Electron's preload bridge when present, otherwise the loopback browser host. */
export const bridge: IntervyouBridge = window.intervyou ?? createHttpBridge();
export const isElectron = window.intervyou !== undefined;
