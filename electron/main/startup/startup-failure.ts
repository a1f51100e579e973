/** What the user is told when the app cannot start: the reason, and where the details are. */
export function startupFailureMessage(error: unknown, logFile: string): { title: string; body: string } {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    title: 'IntervYou could not start',
    body: `${reason}\n\nDetails are in the log file:\n${logFile}`,
  };
}
