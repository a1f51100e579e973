import type { Evaluation } from '../../../shared/domain/evaluator';
import { serveWorker } from '../workers/serve-worker';
import { createAppEvaluator } from './app-evaluator';
import type { EvaluatorRequest } from './evaluator-protocol';

// The grammar checker compiles megabytes of WASM and takes tens of milliseconds per new answer:
// it runs here so the main process's event loop never waits for it.
const evaluator = createAppEvaluator();

serveWorker<EvaluatorRequest, Evaluation | null>(async (request) => {
  switch (request.type) {
    case 'init':
      await evaluator.init();
      return null;
    case 'precheck':
      await evaluator.precheck(request.text);
      return null;
    case 'evaluate':
      return evaluator.evaluate(request.input);
  }
});
