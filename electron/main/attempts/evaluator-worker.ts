import { parentPort } from 'node:worker_threads';
import { createLocalEvaluator, EvaluatorInputError } from '../../../shared/domain/evaluator';
import type { FromEvaluator, ToEvaluator } from './evaluator-protocol';

// The grammar checker compiles megabytes of WASM and takes tens of milliseconds per new answer:
// it runs here so the main process's event loop never waits for it.
const evaluator = createLocalEvaluator();
const port = parentPort;
if (!port) throw new Error('evaluator-worker must run as a worker thread');

async function handle(message: ToEvaluator): Promise<FromEvaluator> {
  try {
    switch (message.type) {
      case 'init':
        await evaluator.init();
        return { id: message.id, ok: true };
      case 'precheck':
        await evaluator.precheck(message.text);
        return { id: message.id, ok: true };
      case 'evaluate':
        return { id: message.id, ok: true, value: await evaluator.evaluate(message.input) };
    }
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    return {
      id: message.id,
      ok: false,
      error: { name: err.name, message: err.message, ...(error instanceof EvaluatorInputError ? { code: error.code } : {}) },
    };
  }
}

port.on('message', (message: ToEvaluator) => {
  void handle(message).then((reply) => port.postMessage(reply));
});
