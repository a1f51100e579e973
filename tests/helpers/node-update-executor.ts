import { configureRequestOptions, configureRequestUrl, type DownloadOptions } from 'builder-util-runtime';
import { NodeHttpExecutor } from 'builder-util/out/nodeHttpExecutor.js';
import type { RequestOptions } from 'node:http';

/**
 * electron-updater's HTTP client over Node's http instead of Electron's net (which needs the
 * Electron binary): the same request and download code paths, so feed parsing, version choice,
 * checksum checks and progress are electron-updater's own.
 */
export class NodeUpdateHttpExecutor extends NodeHttpExecutor {
  async download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise<string>((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(
        requestOptions,
        {
          destination,
          options,
          onCancel,
          callback: (error) => (error == null ? resolve(destination) : reject(error)),
          responseHandler: null,
        },
        0,
      );
    });
  }
}
