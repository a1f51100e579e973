import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { createDispatcher, type Dispatcher } from '../../../electron/main/ipc/dispatcher';
import { createHandlers } from '../../../electron/main/ipc/registry';
import type { MainServices } from '../../../electron/main/services';
import { attemptRow } from '../../helpers/attempts';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

describe('question, draft and saved channels on the shipped bank', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  let dispatcher: Dispatcher;

  beforeAll(async () => {
    dir = makeTempDir();
    services = await startTestServices(dir.path);
    dispatcher = createDispatcher({ contract, handlers: createHandlers(services), trustedOrigins: ['test'] });
  });
  afterAll(async () => {
    await services.close();
    dir.remove();
  });

  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await dispatcher.dispatch(channel, input, { origin: 'test' });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  }
  const failure = async (channel: Channel, input: unknown) => {
    const result = await dispatcher.dispatch(channel, input, { origin: 'test' });
    if (result.ok) throw new Error(`${channel} should have failed`);
    return result.error;
  };

  describe('search', () => {
    it('finds questions by stemmed words, best match first', async () => {
      const result = await call('questions:search', { query: 'tight deadlines' });
      expect(result.total).toBeGreaterThan(0);
      expect(result.matchedAllWords).toBe(true);
      expect(result.items.map((q) => q.id).slice(0, 2)).toEqual(expect.arrayContaining(['beh-006', 'team-026']));
      for (const q of result.items) expect(q.text.toLowerCase()).toMatch(/tight.*deadline/);
    });

    it('matches the last word as a prefix, for search as you type', async () => {
      const result = await call('questions:search', { query: 'stakehol' });
      expect(result.items.some((q) => /stakeholder/i.test(q.text))).toBe(true);
    });

    it('falls back to any word when no question has them all', async () => {
      const result = await call('questions:search', { query: 'deadline zanzibar' });
      expect(result.matchedAllWords).toBe(false);
      expect(result.total).toBeGreaterThan(0);
    });

    it.each([
      '"',
      '*',
      'NEAR(',
      'NEAR(a b',
      '"unbalanced',
      'text:foo',
      '-',
      '^start',
      'a OR',
      'AND AND',
      '(((',
      "'; DROP TABLE questions; --",
      '{col}: x',
      '\u0000',
      '💥',
    ])('treats hostile input %j as plain words, never as FTS syntax', async (query) => {
      const result = await dispatcher.dispatch('questions:search', { query }, { origin: 'test' });
      expect(result.ok).toBe(true);
    });

    it('finds a word that is also an FTS operator, as a word', async () => {
      const near = await call('questions:search', { query: 'NEAR' });
      expect(near.total).toBeGreaterThan(0);
      for (const q of near.items) {
        const detail = await call('questions:get', { id: q.id });
        expect(JSON.stringify([detail.text, detail.tags, detail.keyPoints]).toLowerCase()).toMatch(/\bnear/);
      }
    });

    it('filters by category, difficulty and role (role-specific plus any-role questions)', async () => {
      const result = await call('questions:search', { category: 'sales', difficulty: 'hard', limit: 100 });
      expect(result.items.length).toBeGreaterThan(0);
      for (const q of result.items) expect([q.category, q.difficulty]).toEqual(['sales', 'hard']);
      const forRole = await call('questions:search', { role: 'data-analyst', limit: 100 });
      for (const q of forRole.items) expect(q.roles.some((r) => r === 'data-analyst' || r === 'any')).toBe(true);
      expect(forRole.items.some((q) => q.roles.includes('data-analyst'))).toBe(true);
      const searchedInCategory = await call('questions:search', { query: 'customer', category: 'teamwork' });
      for (const q of searchedInCategory.items) expect(q.category).toBe('teamwork');
    });

    it('pages through results with a stable total', async () => {
      const first = await call('questions:search', { category: 'behavioral', limit: 10 });
      const second = await call('questions:search', { category: 'behavioral', limit: 10, offset: 10 });
      expect(first.total).toBe(second.total);
      expect(first.items.map((q) => q.id)).not.toEqual(expect.arrayContaining(second.items.map((q) => q.id)));
    });

    it('rejects over-long queries and unknown filters', async () => {
      expect((await failure('questions:search', { query: 'x'.repeat(201) })).code).toBe('BAD_INPUT');
      expect((await failure('questions:search', { category: 'astrology' })).code).toBe('BAD_INPUT');
    });
  });

  it('counts questions per category for the pickers', async () => {
    const facets = await call('questions:facets', {});
    expect(facets.categories).toHaveLength(12);
    expect(facets.total).toBeGreaterThanOrEqual(400);
    expect(facets.bankVersion).toMatch(/^\d{4}\.\d{2}\.\d+$/);
  });

  it('picks a random question within the filters, preferring ones not yet answered', async () => {
    const picked = await call('questions:random', { category: 'product', difficulty: 'easy' });
    expect(picked).toMatchObject({ category: 'product', difficulty: 'easy' });
    expect(picked?.keyPoints.length).toBeGreaterThanOrEqual(3);
    const easyProduct = await call('questions:search', { category: 'product', difficulty: 'easy', limit: 100 });
    const answered = easyProduct.items.slice(1).map((q) => attemptRow({ question_id: q.id }));
    await services.db.insertInto('attempts').values(answered).execute();
    for (let i = 0; i < 5; i++)
      expect((await call('questions:random', { category: 'product', difficulty: 'easy' }))?.id).toBe(
        easyProduct.items[0]?.id,
      );
    expect(
      (await call('questions:random', { category: 'product', difficulty: 'easy', excludeId: easyProduct.items[0]?.id }))
        ?.id,
    ).not.toBe(easyProduct.items[0]?.id);
    await services.db.deleteFrom('attempts').execute();
  });

  it('adds a custom question the evaluator and search can use, and deletes only custom ones', async () => {
    const created = await call('questions:create-custom', {
      text: 'How would you handle an upset customer who wants a refund outside our policy?',
      category: 'customer-service',
      keyPoints: ['Acknowledges the frustration', 'Explains the policy in plain words'],
    });
    expect(created).toMatchObject({
      source: 'custom',
      category: 'customer-service',
      type: 'situational',
      difficulty: 'medium',
    });
    expect(created.keyPoints.map((k) => k.text)).toEqual([
      'Acknowledges the frustration',
      'Explains the policy in plain words',
    ]);
    const found = await call('questions:search', { query: 'refund policy', source: 'custom' });
    expect(found.items.map((q) => q.id)).toEqual([created.id]);
    expect((await failure('questions:create-custom', { text: 'short', category: 'sales' })).code).toBe('BAD_INPUT');
    expect(await call('questions:delete-custom', { id: 'beh-001' })).toEqual({ deleted: false });
    expect(await call('questions:delete-custom', { id: created.id })).toEqual({ deleted: true });
    expect((await failure('questions:get', { id: created.id })).code).toBe('NOT_FOUND');
  });

  it('keeps a draft per question, restores it, and drops it when emptied', async () => {
    expect(await call('drafts:get', { questionId: 'beh-003' })).toBeNull();
    await call('drafts:save', { questionId: 'beh-003', answerText: 'In my last role <b>I</b>…', elapsedSec: 42 });
    expect(await call('drafts:get', { questionId: 'beh-003' })).toMatchObject({
      answerText: 'In my last role <b>I</b>…',
      elapsedSec: 42,
    });
    await call('drafts:save', { questionId: 'beh-003', answerText: 'In my last role I led', elapsedSec: 50 });
    expect((await call('drafts:get', { questionId: 'beh-003' }))?.answerText).toBe('In my last role I led');
    await call('drafts:save', { questionId: 'beh-003', answerText: '   ', elapsedSec: 51 });
    expect(await call('drafts:get', { questionId: 'beh-003' })).toBeNull();
    expect((await failure('drafts:save', { questionId: 'zzz-000', answerText: 'x' })).code).toBe('NOT_FOUND');
    expect((await failure('drafts:save', { questionId: 'beh-003', answerText: 'x'.repeat(100_001) })).code).toBe(
      'BAD_INPUT',
    );
  });

  it('bookmarks questions with notes, lists them newest first, and removes them', async () => {
    await call('saved:add', { questionId: 'sale-001' });
    await new Promise((r) => setTimeout(r, 5));
    await call('saved:add', { questionId: 'beh-002', note: 'use the launch story' });
    await call('saved:add', { questionId: 'beh-002' }); // saving again keeps the note
    let list = await call('saved:list', {});
    expect(list.map((s) => [s.question.id, s.note])).toEqual([
      ['beh-002', 'use the launch story'],
      ['sale-001', ''],
    ]);
    expect(list[0]?.question.saved).toBe(true);
    expect((await call('questions:get', { id: 'sale-001' })).saved).toBe(true);
    await call('saved:set-note', { questionId: 'sale-001', note: 'numbers!' });
    expect((await failure('saved:set-note', { questionId: 'beh-010', note: 'x' })).code).toBe('NOT_FOUND');
    expect((await failure('saved:set-note', { questionId: 'sale-001', note: 'x'.repeat(2001) })).code).toBe(
      'BAD_INPUT',
    );
    expect((await failure('saved:add', { questionId: 'nope-001' })).code).toBe('NOT_FOUND');
    expect(await call('saved:remove', { questionId: 'beh-002' })).toEqual({ removed: true });
    list = await call('saved:list', {});
    expect(list.map((s) => [s.question.id, s.note])).toEqual([['sale-001', 'numbers!']]);
  });

  it('matches a job description to a practice set, and sees questions added since', async () => {
    const posting =
      'Account Executive. Own a quota, build pipeline through prospecting and cold calling, handle objections and close deals in Salesforce.';
    const zeppelins =
      'Zeppelin crew lead. You will plan zeppelin maintenance, schedule zeppelin inspections and keep the zeppelin fleet flying.';
    const first = await call('questions:match-job', { description: posting, limit: 8 });
    expect(first.roles[0]).toBe('sales');
    expect(first.matches).toHaveLength(8);
    expect(first.matches.filter((m) => m.question.category === 'sales').length).toBeGreaterThanOrEqual(2);
    for (const m of first.matches) expect(m.reasons.length).toBeGreaterThan(0);
    expect((await call('questions:match-job', { description: zeppelins })).keywords).not.toContain('zeppelin');
    const custom = await call('questions:create-custom', {
      text: 'How would you plan zeppelin maintenance around a busy season?',
      category: 'situational',
    });
    const again = await call('questions:match-job', { description: zeppelins });
    expect(again.matches[0]?.question.id).toBe(custom.id);
    expect(again.matches[0]?.reasons.join(' ')).toMatch(/zeppelin/);
    await call('questions:delete-custom', { id: custom.id });
    expect(
      (await call('questions:match-job', { description: zeppelins })).matches.map((m) => m.question.id),
    ).not.toContain(custom.id);
    expect((await failure('questions:match-job', { description: 'too short' })).code).toBe('BAD_INPUT');
  });

  it('returns several questions in the order asked, skipping unknown ids', async () => {
    const list = await call('questions:get-many', { ids: ['sale-002', 'nope-1', 'beh-001'] });
    expect(list.map((q) => q.id)).toEqual(['sale-002', 'beh-001']);
  });

  it('data:reset clears drafts and saved questions but keeps the bank', async () => {
    await call('drafts:save', { questionId: 'beh-004', answerText: 'draft', elapsedSec: 1 });
    await call('saved:add', { questionId: 'beh-004' });
    await call('data:reset', { confirm: 'RESET' });
    expect(await call('drafts:get', { questionId: 'beh-004' })).toBeNull();
    expect(await call('saved:list', {})).toEqual([]);
    expect((await call('questions:facets', {})).total).toBeGreaterThanOrEqual(400);
  });
});
