import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readWordVectors, wordVectorCandidates } from '../../../electron/main/attempts/word-vectors-file';
import { buildEvaluation, EvaluationInput } from '../../../shared/domain/evaluator';
import { cosine } from '../../../shared/domain/evaluator/semantics/meaning';
import { createSemanticModel } from '../../../shared/domain/evaluator/semantics/semantic-model';
import { parseWordVectorFile, WordVectorFileError } from '../../../shared/domain/evaluator/semantics/word-vectors';
import { loadWordVectorBytes, wordVectorsPath } from '../../helpers/word-vectors';

const bytes = loadWordVectorBytes();
const vectors = parseWordVectorFile(bytes);
const model = createSemanticModel(vectors);

describe('shipped word vectors', () => {
  it('hold the frequent vocabulary, every bank word, and the bank as the off-topic baseline', () => {
    expect(vectors.size).toBeGreaterThanOrEqual(60_000);
    expect(vectors.dimensions).toBe(100);
    for (const w of ['process', 'warehouse', 'pickers', 'deadline', 'customer'])
      expect(vectors.rank(w), w).toBeGreaterThanOrEqual(0);
    expect(vectors.baseline.length).toBeGreaterThanOrEqual(400);
    expect(bytes.byteLength).toBeLessThan(10_000_000);
  });

  it('rejects a file that is not one, or is cut short', () => {
    expect(() => parseWordVectorFile(new Uint8Array(10))).toThrow(WordVectorFileError);
    expect(() => parseWordVectorFile(bytes.subarray(0, bytes.byteLength - 1))).toThrow(WordVectorFileError);
  });

  it('put related words closer than unrelated ones', () => {
    const m = (t: string) => model.meaning(t);
    const deadline = m('deadline')!;
    expect(cosine(deadline, m('schedule')!)).toBeGreaterThan(cosine(deadline, m('turtle')!));
  });
});

describe('meaning in the evaluation', () => {
  const question = { text: 'Tell me about a time you improved a process at work.' };
  const onTopic =
    'Pickers walked the whole warehouse for every order because pick lists printed in call order. I timed them and found 60% of their time was walking, so I had the lists sorted by aisle and bin and batched small orders. Dispatch went from 18 days to 7.';
  const offTopic =
    'I spent a summer volunteering at a sea turtle rescue in Costa Rica. Every night we walked the beach counting nests and moving eggs into a hatchery, and by the end of the season we had released 3,000 hatchlings.';

  it('tells a story told in other words from a story about something else, for a free-text question', () => {
    const on = buildEvaluation(EvaluationInput.parse({ question, answer: onTopic }), null, model);
    const off = buildEvaluation(EvaluationInput.parse({ question, answer: offTopic }), null, model);
    expect(on.metrics.meaningChecked).toBe(true);
    expect(on.feedback.some((f) => f.kind === 'improve' && f.area === 'relevance')).toBe(false);
    expect(off.feedback.some((f) => f.kind === 'improve' && f.area === 'relevance')).toBe(true);
    expect(on.overall).toBeGreaterThan(off.overall + 25);
  });
});

describe('word vector file in the evaluator worker', () => {
  afterEach(() => {
    delete process.env['INTERVYOU_WORD_VECTORS'];
  });

  it('is read from INTERVYOU_WORD_VECTORS when not beside the worker, and missing means none', async () => {
    process.env['INTERVYOU_WORD_VECTORS'] = wordVectorsPath();
    expect((await readWordVectors())?.byteLength).toBe(bytes.byteLength);
    process.env['INTERVYOU_WORD_VECTORS'] = '/nonexistent/word-vectors.bin';
    const [first, ...others] = wordVectorCandidates();
    expect(first).toBe('/nonexistent/word-vectors.bin');
    // Beside the worker source, or in dist/main once `npm run build:embeddings` has run.
    if (!others.some((f) => existsSync(f))) expect(await readWordVectors()).toBeNull();
  });
});
