import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRelease {
  tag: string;
  prerelease?: boolean;
  /** The release's latest-linux.yml, as electron-builder writes it (or anything, to misbehave). */
  channelFile?: string;
  /** The AppImage the release offers, served under /download/<tag>/. */
  appImage?: Buffer;
}

export const appImageName = (version: string): string => `IntervYou-${version}-x86_64.AppImage`;

/** A latest-linux.yml for one AppImage (its checksum and size when given), as electron-builder publishes it. */
export function channelFile(
  version: string,
  extra: Record<string, string | number> = {},
  appImage: Buffer = Buffer.alloc(1024, 1),
): string {
  const sha512 = createHash('sha512').update(appImage).digest('base64');
  const lines = [
    `version: ${version}`,
    'files:',
    `  - url: ${appImageName(version)}`,
    `    sha512: ${sha512}`,
    `    size: ${appImage.length}`,
    `path: ${appImageName(version)}`,
    `sha512: ${sha512}`,
    "releaseDate: '2026-12-01T09:00:00.000Z'",
    ...Object.entries(extra).map(([key, value]) => `${key}: ${value}`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * GitHub Releases as electron-updater's GitHub provider reads them from a custom host: the Atom
 * feed of releases (newest first), the API's latest (non-prerelease) release, and each release's
 * channel file under /download/<tag>/.
 */
export async function startReleaseFeed(owner: string, repo: string, releases: FakeRelease[]) {
  const requests: string[] = [];
  const base = `/${owner}/${repo}/releases`;
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    if (url === `${base}.atom`) {
      const entries = releases
        .map(
          (release) =>
            `<entry><id>tag:github.com,2008:Repository/1/${release.tag}</id><link rel="alternate" type="text/html" href="https://github.com${base}/tag/${release.tag}"/><title>${release.tag}</title><content type="html">Release ${release.tag}</content></entry>`,
        )
        .join('');
      res.writeHead(200, { 'content-type': 'application/atom+xml' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">${entries}</feed>`);
      return;
    }
    if (url === `/api/v3/repos/${owner}/${repo}/releases/latest`) {
      const latest = releases.find((release) => !release.prerelease);
      res.writeHead(latest ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(latest ? { tag_name: latest.tag } : { message: 'Not Found' }));
      return;
    }
    const download = new RegExp(`^${base}/download/([^/]+)/latest-linux\\.yml$`).exec(url);
    const release = download ? releases.find((r) => r.tag === download[1]) : undefined;
    const asset = /\/download\/([^/]+)\/[^/]+\.AppImage$/.exec(url);
    const assetRelease = asset ? releases.find((r) => r.tag === asset[1]) : undefined;
    if (assetRelease?.appImage) {
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': assetRelease.appImage.length,
      });
      res.end(assetRelease.appImage);
      return;
    }
    if (release?.channelFile !== undefined) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(release.channelFile);
      return;
    }
    res.writeHead(404);
    res.end('Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
