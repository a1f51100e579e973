import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the fake does with one chat completion request. */
export type ChatReply =
  /** A normal answer: one JSON body, or SSE chunks of about `tokenSize` characters when streaming. */
  | { kind: 'content'; content: string; tokenSize?: number; delayMs?: number }
  /** An HTTP error with an OpenAI-shaped body (or `body` as given), and headers such as Retry-After. */
  | { kind: 'status'; status: number; message?: string; code?: string; headers?: Record<string, string> }
  /** Headers and then nothing, ever (or for a stream: the first chunk, then nothing). */
  | { kind: 'hang' }
  /** A stream that sends `afterTokens` tokens and then drops the connection. */
  | { kind: 'cut'; content: string; afterTokens: number; tokenSize?: number }
  /** 200 with a body that is not an OpenAI reply at all. */
  | { kind: 'not-openai' };

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | null;
  body: Record<string, unknown> | null;
  /** For multipart uploads: the form's text fields and the file's name and size. */
  form?: { fields: Record<string, string>; fileName: string | null; fileBytes: number };
}

export interface FakeOpenAiOptions {
  /** The key the server requires (Authorization: Bearer …); null accepts any or none, as a local server. */
  apiKey?: string | null;
  models?: string[];
  /** GET /models misbehaves: 'html' answers a web page, 'hang' never answers. */
  modelsBehaviour?: 'ok' | 'html' | 'hang';
  /** The text /audio/transcriptions returns. */
  transcript?: string;
  /** Listen on this port (a server coming back at the same address); a free one by default. */
  port?: number;
}

export interface FakeOpenAi {
  /** The base URL to give the SDK, ending in /v1. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Replies for the next chat requests, in order; once used up, `responder` answers. */
  queue(...replies: ChatReply[]): void;
  /** Answers chat requests when the queue is empty (default: "Fake reply."). */
  respondWith(responder: (body: Record<string, unknown>) => ChatReply): void;
  options: FakeOpenAiOptions;
  /** Requests whose connection the client closed before the reply ended (a cancelled stream). */
  abortedRequests(): number;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function errorBody(message: string, code: string | null, type = 'invalid_request_error') {
  return { error: { message, type, param: null, code } };
}

function tokens(content: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < content.length; i += size) out.push(content.slice(i, i + size));
  return out;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function usageFor(body: Record<string, unknown>, content: string) {
  const prompt = JSON.stringify(body.messages ?? '').length;
  const prompt_tokens = Math.ceil(prompt / 4);
  const completion_tokens = Math.ceil(content.length / 4);
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens };
}

/**
 * A small OpenAI-compatible server on loopback for the AI paths: real HTTP, SSE streaming, the
 * json_schema response_format passed through, multipart transcription — and the ways real servers
 * misbehave, scripted per request. It never decides what a feature should conclude: tests say what
 * the "model" replies, and assert what the app did with it.
 */
export async function startFakeOpenAi(options: FakeOpenAiOptions = {}): Promise<FakeOpenAi> {
  const settings: FakeOpenAiOptions = { apiKey: null, models: ['fake-model'], modelsBehaviour: 'ok', ...options };
  const requests: RecordedRequest[] = [];
  const pending: ChatReply[] = [];
  let responder: (body: Record<string, unknown>) => ChatReply = () => ({ kind: 'content', content: 'Fake reply.' });
  const sockets = new Set<Socket>();
  let aborted = 0;
  let counter = 0;

  const authorised = (req: IncomingMessage): boolean =>
    !settings.apiKey || req.headers.authorization === `Bearer ${settings.apiKey}`;

  const chunk = (id: string, model: string, delta: Record<string, unknown>, finish: string | null) =>
    `data: ${JSON.stringify({
      id,
      object: 'chat.completion.chunk',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, delta, finish_reason: finish }],
    })}\n\n`;

  const chat = async (req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): Promise<void> => {
    const model = String(body.model ?? '');
    if (!settings.models?.includes(model)) {
      return sendJson(res, 404, errorBody(`The model \`${model}\` does not exist`, 'model_not_found'));
    }
    const reply = pending.shift() ?? responder(body);
    const id = `chatcmpl-${++counter}`;
    const stream = body.stream === true;
    res.on('close', () => {
      if (!res.writableFinished) aborted += 1;
    });
    if (reply.kind === 'status') {
      return sendJson(
        res,
        reply.status,
        errorBody(reply.message ?? `Fake error ${reply.status}`, reply.code ?? null, 'server_error'),
        reply.headers,
      );
    }
    if (reply.kind === 'not-openai') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Welcome to nginx!</body></html>');
      return;
    }
    if (reply.kind === 'hang') {
      res.writeHead(200, { 'content-type': stream ? 'text/event-stream' : 'application/json' });
      if (stream) res.write(chunk(id, model, { role: 'assistant', content: '' }, null));
      return;
    }
    const content = reply.content;
    if (!stream) {
      if (reply.kind === 'cut') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"id":"x","choices":[{"mess');
        res.socket?.destroy();
        return;
      }
      if (reply.delayMs) await sleep(reply.delayMs);
      return sendJson(res, 200, {
        id,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
        usage: usageFor(body, content),
      });
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(chunk(id, model, { role: 'assistant', content: '' }, null));
    const parts = tokens(content, reply.tokenSize ?? 4);
    for (const [index, part] of parts.entries()) {
      if (reply.kind === 'cut' && index === reply.afterTokens) {
        // Let the tokens reach the client before the connection drops, as a proxy timing out would.
        await sleep(30);
        res.socket?.destroy();
        return;
      }
      if (res.destroyed) return;
      res.write(chunk(id, model, { content: part }, null));
      if (reply.kind === 'content' && reply.delayMs) await sleep(reply.delayMs);
    }
    res.write(chunk(id, model, {}, 'stop'));
    const streamOptions = body.stream_options as { include_usage?: boolean } | undefined;
    if (streamOptions?.include_usage) {
      res.write(
        `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model, choices: [], usage: usageFor(body, content) })}\n\n`,
      );
    }
    res.end('data: [DONE]\n\n');
  };

  const readBody = async (req: IncomingMessage): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const part of req) chunks.push(part as Buffer);
    return Buffer.concat(chunks);
  };

  const server = http.createServer((req, res) => {
    const handle = async (): Promise<void> => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const raw = await readBody(req);
      const record: RecordedRequest = {
        method: req.method ?? 'GET',
        path,
        authorization: req.headers.authorization ?? null,
        body: null,
      };
      requests.push(record);
      if (!authorised(req)) {
        return sendJson(res, 401, errorBody('Incorrect API key provided.', 'invalid_api_key'));
      }
      if (req.method === 'GET' && path === '/v1/models') {
        if (settings.modelsBehaviour === 'hang') return;
        if (settings.modelsBehaviour === 'html') {
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end('<html><body>It works!</body></html>');
          return;
        }
        return sendJson(res, 200, {
          object: 'list',
          data: (settings.models ?? []).map((id) => ({ id, object: 'model', created: 0, owned_by: 'fake' })),
        });
      }
      if (req.method === 'POST' && path === '/v1/chat/completions') {
        try {
          record.body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
        } catch {
          return sendJson(res, 400, errorBody('Body is not JSON', null));
        }
        return chat(req, res, record.body);
      }
      if (req.method === 'POST' && path === '/v1/audio/transcriptions') {
        const form = await new Request('http://fake/upload', {
          method: 'POST',
          headers: { 'content-type': req.headers['content-type'] ?? '' },
          body: new Uint8Array(raw),
        }).formData();
        const fields: Record<string, string> = {};
        let fileName: string | null = null;
        let fileBytes = 0;
        for (const [key, value] of form.entries()) {
          if (typeof value === 'string') fields[key] = value;
          else {
            fileName = value.name;
            fileBytes = value.size;
          }
        }
        record.form = { fields, fileName, fileBytes };
        if (!fileBytes) return sendJson(res, 400, errorBody('No audio file', null));
        return sendJson(res, 200, { text: settings.transcript ?? 'Fake transcript.' });
      }
      return sendJson(res, 404, errorBody(`No route ${req.method} ${path}`, null));
    };
    handle().catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, errorBody(String(error), null));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(settings.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    options: settings,
    queue: (...replies) => pending.push(...replies),
    respondWith: (fn) => {
      responder = fn;
    },
    abortedRequests: () => aborted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
