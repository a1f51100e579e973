import type { Evaluation } from '../../../shared/domain/evaluator';
import { serveWorker } from '../workers/serve-worker';
import { createAppEvaluator } from './app-evaluator';
import type { EvaluatorRequest } from './evaluator-protocol';

// Grading takes tens of milliseconds per new answer and the grammar checker compiles megabytes of
// WASM: both run off the main process's event loop (harper.js in a thread of its own, started
// from here: see app-evaluator.ts).
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
