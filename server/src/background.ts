import type { FastifyBaseLogger } from 'fastify';

/**
 * Work that must not delay or shape a response (sending mail after a reset request, so an
 * existing and a missing account answer alike). Failures are logged; close() waits for the rest.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly log: FastifyBaseLogger) {}

  run(name: string, task: () => Promise<void>): void {
    const promise = Promise.resolve()
      .then(task)
      .catch((error: unknown) => {
        this.log.error({ err: error, task: name }, 'background task failed');
      })
      .finally(() => {
        this.running.delete(promise);
      });
    this.running.add(promise);
  }

  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
