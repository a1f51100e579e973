import { useCallback, useEffect, useState } from 'react';

export interface DeviceOption {
  id: string;
  label: string;
}

export interface MediaDevices {
  cameras: DeviceOption[];
  microphones: DeviceOption[];
  /** Enumerate again (labels appear only after permission is granted). */
  refresh(): void;
}

function options(devices: MediaDeviceInfo[], kind: MediaDeviceKind, fallback: string): DeviceOption[] {
  return devices
    .filter((d) => d.kind === kind && d.deviceId !== '')
    .map((d, i) => ({ id: d.deviceId, label: d.label || `${fallback} ${i + 1}` }));
}

/** The cameras and microphones on this computer, kept current as devices come and go. */
export function useMediaDevices(): MediaDevices {
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const refresh = useCallback(() => {
    if (!navigator.mediaDevices?.enumerateDevices) return;
    navigator.mediaDevices
      .enumerateDevices()
      .then(setDevices)
      .catch(() => setDevices([]));
  }, []);
  useEffect(() => {
    refresh();
    navigator.mediaDevices?.addEventListener?.('devicechange', refresh);
    return () => navigator.mediaDevices?.removeEventListener?.('devicechange', refresh);
  }, [refresh]);
  return {
    cameras: options(devices, 'videoinput', 'Camera'),
    microphones: options(devices, 'audioinput', 'Microphone'),
    refresh,
  };
}
