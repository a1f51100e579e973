/** A failed update check or download, in words a user can act on. */
export function updateErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (
    /ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ERR_INTERNET_DISCONNECTED|ERR_NAME_NOT_RESOLVED|socket hang up/i.test(
      text,
    )
  ) {
    return 'Could not reach the update server. Check your internet connection and try again.';
  }
  if (code === 'ERR_UPDATER_LATEST_VERSION_NOT_FOUND' || code === 'ERR_UPDATER_NO_PUBLISHED_VERSIONS') {
    return 'No published release was found on the update server.';
  }
  if (code === 'ERR_UPDATER_INVALID_UPDATE_INFO' || /YAMLException|Cannot parse update info/i.test(text)) {
    return 'The update server sent release information that could not be read. Try again later.';
  }
  if (code === 'ERR_UPDATER_INVALID_SIGNATURE' || /signature/i.test(text)) {
    return 'The downloaded update is not signed by IntervYou and was not installed.';
  }
  if (/sha512 checksum mismatch/i.test(text)) {
    return 'The downloaded update was damaged and was not installed. Try again.';
  }
  const firstLine = text.split('\n')[0]?.trim() ?? '';
  return `The update check failed: ${firstLine.length > 200 ? `${firstLine.slice(0, 200)}…` : firstLine}`;
}
