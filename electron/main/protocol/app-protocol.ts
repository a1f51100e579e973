import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Protocol } from 'electron';
import { contentSecurityPolicy } from '../security/csp';
import { APP_SCHEME } from '../security/app-origin';
import { contentTypeFor, resolveStaticFile } from '../static-files';
import { answerMediaRequest, type MediaResolver } from '../media/media-request';

/** Call before app `ready`: app:// behaves like https (secure context, fetch, streaming media). */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ]);
}

/**
 * Serves the built renderer at app://intervyou/ with the CSP header, and recorded media at
 * app://intervyou/media/<id> (signed URLs, Range requests) once the services are up.
 */
export function handleAppProtocol(
  protocol: Protocol,
  rendererDir: string,
  media: () => MediaResolver | undefined = () => undefined,
): void {
  const csp = contentSecurityPolicy();
  protocol.handle(APP_SCHEME, async (request) => {
    const resolver = media();
    if (resolver) {
      const reply = await answerMediaRequest(resolver, {
        method: request.method,
        url: new URL(request.url),
        range: request.headers.get('range'),
      });
      if (reply) {
        const body = reply.body ? (Readable.toWeb(reply.body) as ReadableStream<Uint8Array>) : null;
        return new Response(body, { status: reply.status, headers: reply.headers });
      }
    }
    const file = resolveStaticFile(rendererDir, new URL(request.url).pathname);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'content-type': contentTypeFor(file),
          'content-security-policy': csp,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
