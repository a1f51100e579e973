import { ServiceError } from './service-error';

/** More than this from the account service is not a reply we asked for (its largest is a leaderboard). */
export const MAX_REPLY_BYTES = 1024 * 1024;

function tooLarge(maxBytes: number): ServiceError {
  return new ServiceError(
    'bad-reply',
    `The account service sent a reply larger than ${Math.round(maxBytes / 1024)} KB, which IntervYou does not accept. Check the server address.`,
  );
}

/**
 * The body as text, refusing more than `maxBytes` without reading the rest: a misconfigured
 * server or a proxy streaming a large file must not fill the main process's memory.
 */
export async function readCappedText(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge(maxBytes);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}
