import { createHarperChecker, type GrammarIssue } from '../../../shared/domain/evaluator';
import { serveWorker } from '../workers/serve-worker';
import type { GrammarRequest } from './grammar-protocol';

// harper.js in a thread of its own, started by the evaluator worker (see app-evaluator.ts).
const checker = createHarperChecker();

serveWorker<GrammarRequest, GrammarIssue[] | null>(async (request) => {
  switch (request.type) {
    case 'init':
      await checker.init();
      return null;
    case 'prime':
      await checker.prime?.(request.text);
      return null;
    case 'check':
      return checker.check(request.text);
  }
});
