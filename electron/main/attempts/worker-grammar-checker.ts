import type { GrammarChecker, GrammarIssue } from '../../../shared/domain/evaluator';
import { createWorkerClient } from '../workers/worker-client';
import type { GrammarRequest } from './grammar-protocol';

/** harper.js behind a worker thread (grammar-worker.ts), with the GrammarChecker interface. */
export function createWorkerGrammarChecker(): GrammarChecker {
  const client = createWorkerClient<GrammarRequest, GrammarIssue[] | null>(
    'grammar-worker',
    new URL('./grammar-worker.ts', import.meta.url),
    { label: 'grammar checker' },
  );
  return {
    async init() {
      await client.request({ type: 'init' });
    },
    async check(text) {
      const issues = await client.request({ type: 'check', text });
      if (!issues) throw new Error('The grammar checker returned nothing');
      return issues;
    },
    async prime(text) {
      await client.request({ type: 'prime', text });
    },
    dispose: () => client.close(),
  };
}
