/** What the evaluator worker asks of its grammar helper thread (grammar-worker.ts). */
export type GrammarRequest = { type: 'init' } | { type: 'check'; text: string } | { type: 'prime'; text: string };
