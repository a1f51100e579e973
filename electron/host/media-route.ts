import type { MediaResolver } from '../main/media/media-request';
import { answerMediaRequest } from '../main/media/media-request';
import type { HostRoute } from './host-server';

/**
 * Recorded media for the browser host at /media/<id>. No bearer token: a <video> element cannot
 * send one. The URL's own signature (see media-token.ts) authorises the request instead.
 */
export function mediaHostRoute(resolver: MediaResolver): HostRoute {
  return async (req, res, url) => {
    const reply = await answerMediaRequest(resolver, { method: req.method ?? 'GET', url, range: req.headers.range });
    if (!reply) return false;
    res.writeHead(reply.status, reply.headers);
    if (!reply.body) {
      res.end();
      return true;
    }
    reply.body.on('error', () => res.destroy());
    // A seek aborts the previous request: stop reading the file as soon as the socket closes.
    res.on('close', () => reply.body?.destroy());
    reply.body.pipe(res);
    return true;
  };
}
