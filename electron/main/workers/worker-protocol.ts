/** The envelope every request/response worker speaks (see worker-client.ts and serve-worker.ts). */
export interface WorkerRequest<P> {
  id: number;
  payload: P;
}

export interface WorkerFailure {
  name: string;
  /** A program-checkable code carried across the thread boundary (e.g. EvaluatorInputError's). */
  code?: string;
  message: string;
}

export type WorkerReply<R> = { id: number; ok: true; value: R } | { id: number; ok: false; error: WorkerFailure };
