import OpenAI, { APIConnectionError, APIError, APIUserAbortError, toFile } from 'openai';
import { z } from 'zod';
import { AiError } from './ai-error';
import { startDeadline, type Deadline } from './deadline';
import { DEFAULT_RETRY, withRetries, type RetryPolicy } from './retry';

/** The only module that imports `openai`: every AI feature reaches the model through this. */

export interface ProviderConfig {
  baseUrl: string;
  model: string;
  /** Null for a local server that needs none. */
  apiKey: string | null;
  /** Longest wait for a whole reply (or, when streaming, between two tokens). */
  timeoutMs?: number;
  retry?: RetryPolicy;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface Usage {
  promptTokens: number;
  completionTokens: number;
}

export interface Completion {
  text: string;
  usage: Usage;
  model: string;
}

export interface CompleteRequest {
  messages: ChatMessage[];
  /** Ask for output matching this JSON schema (response_format json_schema). */
  jsonSchema?: { name: string; schema: Record<string, unknown> };
  temperature?: number;
  signal?: AbortSignal;
}

export interface StreamRequest {
  messages: ChatMessage[];
  onToken: (text: string) => void;
  signal?: AbortSignal;
}

export interface AiProvider {
  readonly model: string;
  readonly baseUrl: string;
  listModels(signal?: AbortSignal): Promise<string[]>;
  complete(request: CompleteRequest): Promise<Completion>;
  stream(request: StreamRequest): Promise<Completion>;
  transcribe(request: { audio: Uint8Array; fileName: string; model?: string; signal?: AbortSignal }): Promise<string>;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
// Sent when there is no key: the SDK insists on one, and without it would read OPENAI_API_KEY from
// the environment and send that to whatever server the user configured.
const NO_KEY = 'no-key';

const ModelList = z.object({ data: z.array(z.object({ id: z.string() })) });
const ChatReply = z.object({
  model: z.string().optional(),
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).nullish(),
});

function retryAfterMs(headers: Headers | undefined): number | null {
  const ms = headers?.get('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Number(ms);
  const value = headers?.get('retry-after');
  if (!value) return null;
  if (Number.isFinite(Number(value))) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

function serverMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  const text = typeof body?.message === 'string' ? body.message : '';
  return text.slice(0, 200);
}

/** Turns whatever the SDK or the network threw into an AiError saying what to do about it. */
function describe(error: unknown, config: ProviderConfig, deadline: Deadline, what: string): AiError {
  if (error instanceof AiError) return error;
  const host = (() => {
    try {
      return new URL(config.baseUrl).host;
    } catch {
      return config.baseUrl;
    }
  })();
  if (deadline.timedOut()) {
    return new AiError('timeout', `The AI server at ${host} did not finish ${what} in time; nothing was saved.`);
  }
  if (deadline.cancelled() || error instanceof APIUserAbortError) {
    return new AiError('cancelled', 'The request was cancelled.');
  }
  if (error instanceof APIConnectionError) {
    return new AiError(
      'unreachable',
      `Could not reach the AI server at ${host}. Is it running, and is the address right?`,
    );
  }
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    const detail = serverMessage(error);
    if (status === 401 || status === 403) {
      return new AiError('bad-key', `The AI server refused the API key (${status}). Check the key in Settings → AI.`);
    }
    if (status === 404 && (error.code === 'model_not_found' || /model/i.test(detail))) {
      return new AiError('unknown-model', `The AI server has no model named "${config.model}". Pick one it lists.`);
    }
    if (status === 404 || status === 405) {
      return new AiError(
        'not-compatible',
        `The server at ${host} answered ${status}: it does not look OpenAI-compatible. The address usually ends in /v1.`,
      );
    }
    if (status === 429) {
      return new AiError(
        'rate-limited',
        `The AI server is rate-limiting requests${detail ? ` (${detail})` : ''}. Try again in a moment.`,
        retryAfterMs(error.headers),
      );
    }
    if (status >= 500) {
      return new AiError(
        'server-error',
        `The AI server failed (${status}${detail ? `: ${detail}` : ''}). Try again later.`,
      );
    }
    return new AiError('rejected', `The AI server rejected the request (${status}${detail ? `: ${detail}` : ''}).`);
  }
  // A connection dropped mid-body surfaces as a plain fetch error.
  return new AiError(
    'server-error',
    `The connection to the AI server at ${host} broke off during ${what}; nothing was saved.`,
  );
}

export function createProvider(config: ProviderConfig): AiProvider {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retry = config.retry ?? DEFAULT_RETRY;
  const client = new OpenAI({
    apiKey: config.apiKey ?? NO_KEY,
    baseURL: config.baseUrl,
    // Retries are ours (full jitter, Retry-After) so every feature gets the same policy.
    maxRetries: 0,
    timeout: timeoutMs,
  });

  /** One attempt of a call under its own deadline, with failures described. */
  const attempt = async <T>(
    what: string,
    signal: AbortSignal | undefined,
    run: (deadline: Deadline) => Promise<T>,
  ): Promise<T> => {
    const deadline = startDeadline(timeoutMs, signal);
    try {
      return await run(deadline);
    } catch (error) {
      throw describe(error, config, deadline, what);
    } finally {
      deadline.dispose();
    }
  };

  return {
    model: config.model,
    baseUrl: config.baseUrl,

    listModels: (signal) =>
      attempt('listing models', signal, async (deadline) => {
        const raw: unknown = await client.get('/models', { signal: deadline.signal });
        const parsed = ModelList.safeParse(raw);
        if (!parsed.success) {
          throw new AiError(
            'not-compatible',
            'The server answered, but not with an OpenAI-style model list. The address usually ends in /v1.',
          );
        }
        return parsed.data.data.map((model) => model.id);
      }),

    complete: (request) =>
      withRetries(
        () =>
          attempt('the reply', request.signal, async (deadline) => {
            const raw: unknown = await client.chat.completions.create(
              {
                model: config.model,
                messages: request.messages,
                ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
                ...(request.jsonSchema
                  ? {
                      response_format: {
                        type: 'json_schema' as const,
                        json_schema: { name: request.jsonSchema.name, schema: request.jsonSchema.schema, strict: true },
                      },
                    }
                  : {}),
              },
              { signal: deadline.signal },
            );
            const reply = ChatReply.safeParse(raw);
            if (!reply.success) {
              throw new AiError('not-compatible', 'The server answered, but not with an OpenAI-style chat completion.');
            }
            return {
              text: reply.data.choices[0]?.message.content ?? '',
              model: reply.data.model ?? config.model,
              usage: {
                promptTokens: reply.data.usage?.prompt_tokens ?? 0,
                completionTokens: reply.data.usage?.completion_tokens ?? 0,
              },
            };
          }),
        retry,
        request.signal,
      ),

    // Retried only until the first token: after that the user has seen part of a reply.
    stream: (request) =>
      attempt('the reply', request.signal, async (deadline) => {
        const stream = await withRetries(
          () =>
            client.chat.completions
              .create(
                {
                  model: config.model,
                  messages: request.messages,
                  stream: true,
                  stream_options: { include_usage: true },
                },
                { signal: deadline.signal },
              )
              .catch((error: unknown) => {
                throw describe(error, config, deadline, 'the reply');
              }),
          retry,
          request.signal,
        );
        let text = '';
        let model = config.model;
        let finished = false;
        const usage: Usage = { promptTokens: 0, completionTokens: 0 };
        const brokeOff = () =>
          new AiError('server-error', 'The connection to the AI server broke off mid-reply; the reply is incomplete.');
        try {
          for await (const chunk of stream) {
            deadline.reset();
            if (chunk.model) model = chunk.model;
            const choice = chunk.choices[0];
            if (choice?.delta?.content) {
              text += choice.delta.content;
              request.onToken(choice.delta.content);
            }
            if (choice?.finish_reason) finished = true;
            if (chunk.usage) {
              usage.promptTokens = chunk.usage.prompt_tokens;
              usage.completionTokens = chunk.usage.completion_tokens;
            }
          }
        } catch (error) {
          if (deadline.signal.aborted) throw error;
          throw brokeOff();
        }
        // The SDK ends the iteration quietly when its signal aborts.
        if (deadline.signal.aborted) throw new Error('aborted');
        if (!finished) throw brokeOff();
        return { text, usage, model };
      }),

    transcribe: (request) =>
      attempt('the transcript', request.signal, async (deadline) => {
        const file = await toFile(Buffer.from(request.audio), request.fileName);
        const result = await withRetries(
          () =>
            client.audio.transcriptions
              .create(
                {
                  file,
                  model: request.model ?? 'whisper-1',
                },
                { signal: deadline.signal },
              )
              .catch((error: unknown) => {
                throw describe(error, config, deadline, 'the transcript');
              }),
          retry,
          request.signal,
        );
        const parsed = z.object({ text: z.string() }).safeParse(result);
        if (!parsed.success) throw new AiError('not-compatible', 'The server did not answer with a transcript.');
        return parsed.data.text;
      }),
  };
}
