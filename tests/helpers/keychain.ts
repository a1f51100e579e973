/**
 * Why keychain tests cannot run here, or null when a Secret Service session is present. Run them with
 *   XDG_DATA_HOME=$(mktemp -d) dbus-run-session -- sh -c 'echo -n pw |
 *     gnome-keyring-daemon --unlock --components=secrets >/dev/null; npx vitest run <paths>'
 */
export function keychainSkipReason(): string | null {
  if (process.platform !== 'linux') return null;
  return process.env.DBUS_SESSION_BUS_ADDRESS
    ? null
    : 'no D-Bus session: run under dbus-run-session with gnome-keyring (see tests/helpers/keychain.ts)';
}

/** A keychain service name of its own per test run, so runs never see each other's entries. */
export function testSecretService(): string {
  return `IntervYou-test-${process.pid}-${Date.now()}`;
}
