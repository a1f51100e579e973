/** What went wrong opening the camera or microphone, and what the user can do about it. */
export interface DeviceProblem {
  kind: 'denied' | 'missing' | 'busy' | 'unsupported' | 'constraint' | 'unknown';
  title: string;
  help: string;
}

/** Maps getUserMedia's DOMException names to a message with a way out. */
export function describeMediaError(error: unknown, wanted: { video: boolean }): DeviceProblem {
  const name =
    typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
  const device = wanted.video ? 'camera and microphone' : 'microphone';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return {
        kind: 'denied',
        title: `IntervYou is not allowed to use your ${device}`,
        help: `Allow access when asked, or turn it on in your system's privacy settings (Camera and Microphone), then click "Try again". On a Mac: System Settings → Privacy & Security.`,
      };
    case 'NotFoundError':
    case 'DevicesNotFoundError':
      return {
        kind: 'missing',
        title: wanted.video ? 'No camera (or no microphone) was found' : 'No microphone was found',
        help: wanted.video
          ? 'Connect a camera, or switch to "Audio only" to answer with your voice.'
          : 'Connect a microphone or headset, then click "Try again".',
      };
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return {
        kind: 'busy',
        title: `Your ${device} could not be started`,
        help: 'Another app (a video call, for example) may be using it. Close that app, or pick another device, then click "Try again".',
      };
    case 'OverconstrainedError':
      return {
        kind: 'constraint',
        title: 'The chosen device is no longer available',
        help: 'Pick another device from the list, then click "Try again".',
      };
    case 'TypeError':
    case 'NotSupportedError':
      return {
        kind: 'unsupported',
        title: 'Recording is not available here',
        help: 'This window cannot use a camera or microphone. Restart IntervYou and try again.',
      };
    default:
      return {
        kind: 'unknown',
        title: `Your ${device} could not be opened`,
        help: `${error instanceof Error ? error.message : String(error)}. Check the device and click "Try again".`,
      };
  }
}
