import { afterEach, expect, it } from 'vitest';
import { coachChatFor } from '../../../electron/main/ai/ai-for-services';
import { loadKeytar, type KeytarApi } from '../../../electron/main/secrets/keytar-loader';
import { createSecretStore } from '../../../electron/main/secrets/secret-store';
import type { MainServices } from '../../../electron/main/services';
import { startFakeOpenAi, type FakeOpenAi } from '../../helpers/fake-openai/fake-openai-server';
import { invoker, valueOf } from '../../helpers/invoke';
import { testSecretService } from '../../helpers/keychain';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

const dir = makeTempDir();
let services: MainServices | undefined;
let fake: FakeOpenAi | undefined;
afterEach(async () => {
  await services?.close();
  await fake?.close();
  services = undefined;
  fake = undefined;
  dir.remove();
});

/** The OS keychain, answering reads only after `ms` (a locked or busy keychain does). */
function slowKeytar(ms: number): KeytarApi {
  const keytar = loadKeytar();
  return {
    ...keytar,
    getPassword: async (service, account) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return keytar.getPassword(service, account);
    },
  };
}

it('a Stop sent while the reply is still being prepared stops it: nothing is streamed or stored as complete', async () => {
  fake = await startFakeOpenAi();
  services = await startTestServices(dir.path, undefined, {
    secrets: createSecretStore({ service: testSecretService(), keytar: () => slowKeytar(200) }),
  });
  const invoke = invoker(services);
  valueOf(
    await invoke('settings:update', {
      ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'fake-model' },
    }),
  );
  fake.respondWith(() => ({ kind: 'content', content: 'word '.repeat(40), tokenSize: 5 }));
  const tokens: string[] = [];
  services.events.subscribe((name, payload) => {
    if (name === 'ai:chat-token') tokens.push((payload as { text: string }).text);
  });

  const pending = invoke('ai:chat-send', { requestId: 'req-00000001', message: 'Tell me everything' });
  // The renderer's Stop, while main still reads the key.
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(valueOf(await invoke('ai:chat-stop', { requestId: 'req-00000001' })).stopped).toBe(true);

  const result = valueOf(await pending);
  expect(result.reply).toMatchObject({ role: 'assistant', status: 'stopped', content: '', model: 'fake-model' });
  expect(tokens).toEqual([]);
  expect(fake.requests.filter((request) => request.path.endsWith('/chat/completions'))).toEqual([]);
  // As a Stop before the first token: the question kept, the reply marked stopped.
  const history = valueOf(await invoke('ai:chat-history', {}));
  expect(history.messages.map((m) => [m.role, m.status, m.content])).toEqual([
    ['user', 'complete', 'Tell me everything'],
    ['assistant', 'stopped', ''],
  ]);
  expect(coachChatFor(services).stop('req-00000001')).toBe(false);
});
