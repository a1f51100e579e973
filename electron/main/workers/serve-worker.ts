import { parentPort, type Transferable } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * The worker side of worker-client.ts: answers each request with the handler's value, or with
 * the error's name, code and message (errors cannot cross threads as objects).
 */
export function serveWorker<P, R>(
  handler: (payload: P) => Promise<R>,
  transferables: (value: R) => Transferable[] = () => [],
): void {
  const port = parentPort;
  if (!port) throw new Error('This module must run as a worker thread');
  port.on('message', (request: WorkerRequest<P>) => {
    handler(request.payload).then(
      (value) => {
        const reply: WorkerReply<R> = { id: request.id, ok: true, value };
        port.postMessage(reply, transferables(value));
      },
      (error: unknown) => {
        const err = error instanceof Error ? error : new Error(String(error));
        const code = (err as { code?: unknown }).code;
        const reply: WorkerReply<R> = {
          id: request.id,
          ok: false,
          error: { name: err.name, message: err.message, ...(typeof code === 'string' ? { code } : {}) },
        };
        port.postMessage(reply);
      },
    );
  });
}
