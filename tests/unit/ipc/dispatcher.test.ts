import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { channel } from '../../../shared/ipc/channel';
import { AppError } from '../../../shared/ipc/result';
import { assertHandlersMatchContract, createDispatcher } from '../../../electron/main/ipc/dispatcher';

const contract = {
  'math:double': channel(z.object({ n: z.number().int() }).strict(), z.object({ doubled: z.number() })),
  'math:fail': channel(z.object({ kind: z.enum(['app', 'bug', 'contract']) }), z.object({ ok: z.boolean() })),
};
const APP = 'app://intervyou';

function makeDispatcher(onUnexpectedError = vi.fn()) {
  return {
    onUnexpectedError,
    dispatcher: createDispatcher({
      contract,
      trustedOrigins: [APP],
      onUnexpectedError,
      handlers: {
        'math:double': ({ n }: { n: number }) => ({ doubled: n * 2 }),
        'math:fail': ({ kind }: { kind: string }) => {
          if (kind === 'app') throw new AppError('NOT_FOUND', 'No such thing');
          if (kind === 'contract') return { ok: 'yes' };
          throw new Error('secret internal detail');
        },
      },
    }),
  };
}

describe('handle() dispatcher', () => {
  it('parses the input and returns the handler value as ok', async () => {
    const { dispatcher } = makeDispatcher();
    await expect(dispatcher.dispatch('math:double', { n: 21 }, { origin: APP })).resolves.toEqual({
      ok: true,
      value: { doubled: 42 },
    });
  });

  it('rejects bad input with BAD_INPUT naming the field, without calling the handler', async () => {
    const { dispatcher } = makeDispatcher();
    const result = await dispatcher.dispatch('math:double', { n: 'twenty' }, { origin: APP });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(!result.ok && result.error.message).toMatch(/^n: /);
    const extra = await dispatcher.dispatch('math:double', { n: 1, admin: true }, { origin: APP });
    expect(extra).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    const { dispatcher } = makeDispatcher();
    await expect(dispatcher.dispatch('fs:readFile', {}, { origin: APP })).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    // Prototype keys are not channels either.
    await expect(dispatcher.dispatch('constructor', {}, { origin: APP })).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it('refuses a sender from another origin or an unknown one with FORBIDDEN', async () => {
    const { dispatcher } = makeDispatcher();
    for (const origin of ['https://evil.example', 'file://', null]) {
      await expect(dispatcher.dispatch('math:double', { n: 1 }, { origin })).resolves.toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
  });

  it('turns an AppError into its code and message', async () => {
    const { dispatcher, onUnexpectedError } = makeDispatcher();
    await expect(dispatcher.dispatch('math:fail', { kind: 'app' }, { origin: APP })).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such thing' },
    });
    expect(onUnexpectedError).not.toHaveBeenCalled();
  });

  it('turns any other throw into INTERNAL without leaking its message, and reports it', async () => {
    const { dispatcher, onUnexpectedError } = makeDispatcher();
    const result = await dispatcher.dispatch('math:fail', { kind: 'bug' }, { origin: APP });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret internal detail');
    expect(onUnexpectedError).toHaveBeenCalledOnce();
  });

  it('treats an output that breaks the contract as INTERNAL', async () => {
    const { dispatcher, onUnexpectedError } = makeDispatcher();
    await expect(dispatcher.dispatch('math:fail', { kind: 'contract' }, { origin: APP })).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(onUnexpectedError).toHaveBeenCalledOnce();
  });
});

describe('registration check', () => {
  it('fails when a contract channel has no handler', () => {
    expect(() => assertHandlersMatchContract(contract, { 'math:double': () => null })).toThrow(
      /without a handler: math:fail/,
    );
  });

  it('fails when a handler has no channel', () => {
    expect(() =>
      assertHandlersMatchContract(contract, {
        'math:double': () => null,
        'math:fail': () => null,
        'math:sneaky': () => null,
      }),
    ).toThrow(/without a channel: math:sneaky/);
  });

  it('passes when they match exactly', () => {
    expect(() =>
      assertHandlersMatchContract(contract, { 'math:double': () => null, 'math:fail': () => null }),
    ).not.toThrow();
  });
});
