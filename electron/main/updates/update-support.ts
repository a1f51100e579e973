export type UpdateSupport = { supported: true } | { supported: false; reason: string };

export interface UpdateSupportOptions {
  isPackaged: boolean;
  smokeTest: boolean;
  platform: NodeJS.Platform;
  /** Linux: how the app was installed (AppImage sets APPIMAGE; the deb leaves resources/package-type). */
  linuxInstall?: 'appimage' | 'deb' | null;
}

/** Whether this run may look for updates: installed builds only, never development builds or smoke tests. */
export function updateSupport(options: UpdateSupportOptions): UpdateSupport {
  if (!options.isPackaged)
    return { supported: false, reason: 'This is a development build: it does not update itself.' };
  if (options.smokeTest) return { supported: false, reason: 'Updates are off during a smoke test.' };
  if (options.platform === 'linux' && !options.linuxInstall) {
    return {
      supported: false,
      reason: 'This copy was not installed from the AppImage or the .deb package, so it cannot update itself.',
    };
  }
  return { supported: true };
}
