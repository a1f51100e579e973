import type { AiStatus } from '../../../../shared/ipc/channels/ai';

function hostOf(url: string | null): string {
  if (!url) return 'the AI server';
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The one sentence on what leaves the machine, for the current settings. */
export function privacySentence(status: AiStatus | undefined): string {
  if (!status || status.provider === 'none') {
    return 'AI is off: nothing you practise leaves this computer.';
  }
  return (
    `When AI is on, the question, your answer text and, for chat, a summary of your weak areas are sent to ${hostOf(status.baseUrl)}. ` +
    (status.transcription
      ? "Recordings' audio is sent only when you ask for a transcript."
      : 'Recordings never leave this computer.')
  );
}
