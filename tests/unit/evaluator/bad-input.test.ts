import { describe, expect, it } from 'vitest';
import {
  buildEvaluation,
  checkAnswer,
  createLocalEvaluator,
  EvaluationInput,
  EvaluatorInputError,
  fitAnswerLength,
  MAX_ANSWER_CHARS,
} from '../../../shared/domain/evaluator';

const QUESTION = {
  text: 'Tell me about a time you dealt with an angry customer.',
  category: 'customer-service' as const,
};

describe('checkAnswer', () => {
  it('rejects empty and whitespace-only answers', () => {
    expect(checkAnswer('')).toMatchObject({ ok: false, code: 'empty' });
    expect(checkAnswer('  \n\t  ')).toMatchObject({ ok: false, code: 'empty' });
  });

  it('rejects answers over the limit and names both lengths', () => {
    const r = checkAnswer('word '.repeat(10_000));
    expect(r).toMatchObject({ ok: false, code: 'too-long' });
    expect(r.ok === false && r.message).toContain('50,000 characters');
    expect(r.ok === false && r.message).toContain('20,000');
    expect(checkAnswer('a'.repeat(MAX_ANSWER_CHARS - 10) + ' is fine')).toMatchObject({ ok: true });
  });

  it('rejects emoji-only and symbol-only answers', () => {
    expect(checkAnswer('👍🔥🚀')).toMatchObject({ ok: false, code: 'no-words' });
    expect(checkAnswer('??? !!! 123')).toMatchObject({ ok: false, code: 'no-words' });
  });

  it('rejects answers that are not English', () => {
    const spanish =
      'En mi último trabajo un cliente estaba muy enojado porque su pedido llegó roto. Yo lo escuché y le enviamos un reemplazo con el equipo.';
    const french =
      "Dans mon dernier poste, un client était très mécontent parce que sa commande est arrivée cassée. Je l'ai écouté et nous avons envoyé un remplacement.";
    const german =
      'In meinem letzten Job war ein Kunde sehr wütend, weil seine Bestellung kaputt ankam. Ich habe ihm zugehört und wir haben einen Ersatz geschickt.';
    for (const text of [
      spanish,
      french,
      german,
      '我在上一份工作中处理过一位非常生气的客户。',
      'Клиент был очень недоволен заказом.',
    ]) {
      expect(checkAnswer(text), text).toMatchObject({ ok: false, code: 'not-english' });
    }
  });

  it('accepts English with emoji, names from other languages, and technical terms', () => {
    expect(checkAnswer('I fixed the bug in one day 🎉 and the customer was happy.')).toEqual({ ok: true });
    expect(checkAnswer('I worked with José and François at Siemens in München on the SAP rollout.')).toEqual({
      ok: true,
    });
    expect(checkAnswer('We used Kafka, Redis and PostgreSQL with Kubernetes for the event pipeline.')).toEqual({
      ok: true,
    });
  });
});

describe('fitAnswerLength', () => {
  it('leaves answers within the limit untouched', () => {
    expect(fitAnswerLength('Short answer.')).toEqual({
      text: 'Short answer.',
      truncated: false,
      originalLength: 13,
      message: null,
    });
  });

  it('cuts a 50,000-character paste at the last full sentence and explains what happened', () => {
    const paste = 'I handled the angry customer calmly and fixed the order. '.repeat(900).slice(0, 50_000);
    const fitted = fitAnswerLength(paste);
    expect(fitted.truncated).toBe(true);
    expect(fitted.originalLength).toBe(50_000);
    expect(fitted.text.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
    expect(fitted.text.endsWith('order.')).toBe(true);
    expect(paste.startsWith(fitted.text)).toBe(true);
    expect(fitted.message).toContain('50,000 characters');
    expect(fitted.message).toContain(`first ${fitted.text.length.toLocaleString('en-US')} characters`);
    expect(checkAnswer(fitted.text)).toEqual({ ok: true });
  });

  it('never splits an emoji in half', () => {
    const text = 'a'.repeat(99) + '😀' + 'b'.repeat(50);
    const fitted = fitAnswerLength(text, 100);
    expect(fitted.text).toBe('a'.repeat(99));
  });
});

describe('evaluate() with unusable input', () => {
  // Grammar off: input checks happen before the grammar checker is ever needed.
  const evaluator = createLocalEvaluator({ grammar: false });

  it.each([
    ['empty', '   '],
    ['no-words', '😀😀😀'],
    [
      'not-english',
      'Mi cliente estaba muy enojado y yo lo escuché con paciencia para resolver el problema del pedido.',
    ],
    ['too-long', 'x '.repeat(MAX_ANSWER_CHARS)],
  ])('rejects with code %s', async (code, answer) => {
    const error = await evaluator.evaluate({ question: QUESTION, answer }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvaluatorInputError);
    expect((error as EvaluatorInputError).code).toBe(code);
    expect((error as EvaluatorInputError).message.length).toBeGreaterThan(20);
  });

  it('rejects a malformed request with invalid-input', async () => {
    const error = await evaluator.evaluate({ question: { text: '' }, answer: 'Hello there' }).catch((e: unknown) => e);
    expect((error as EvaluatorInputError).code).toBe('invalid-input');
  });
});

describe('HTML and script in an answer', () => {
  it('is plain text: evidence quotes it verbatim and offsets point into it', () => {
    const answer =
      'At my last job a customer was angry <script>alert("x")</script> about a <b>late</b> order. Um, I basically listened, um, and I sent a replacement. As a result he renewed for 2 years.';
    const r = buildEvaluation(EvaluationInput.parse({ question: QUESTION, answer }), null);
    const evidence = r.feedback.flatMap((f) => f.evidence);
    expect(evidence.some((e) => e.includes('<script>alert("x")</script>'))).toBe(true);
    for (const e of evidence) expect(answer).toContain(e);
    for (const h of r.highlights) expect(h.end).toBeLessThanOrEqual(answer.length);
    expect(r.metrics.star.situation.evidence).toContain('<script>alert("x")</script>');
  });
});
