import { z } from 'zod';
import { extractJson } from '../../../shared/ai/json-reply';
import { zodMessage } from '../../../shared/ipc/zod-message';
import { AiError } from './ai-error';
import type { AiService } from './ai-service';
import type { AiProvider, ChatMessage, Usage } from './provider';

export interface StructuredRequest<S extends z.ZodType> {
  /** Names the schema for the server (letters, digits, _ and -). */
  name: string;
  schema: S;
  messages: ChatMessage[];
  signal?: AbortSignal;
}

export interface StructuredResult<T> {
  value: T;
  model: string;
  /** Summed over both attempts when a retry was needed. */
  usage: Usage;
  attempts: number;
}

/** The JSON schema sent as response_format; servers reject the $schema key some emit. */
export function jsonSchemaFor(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'output' }) as Record<string, unknown>;
  return rest;
}

function problemWith<S extends z.ZodType>(schema: S, text: string): { value: z.output<S> } | { problem: string } {
  const json = extractJson(text);
  if (json === undefined) return { problem: 'the reply was not JSON' };
  const parsed = schema.safeParse(json);
  return parsed.success ? { value: parsed.data } : { problem: zodMessage(parsed.error) };
}

/**
 * Asks for JSON matching `schema` (response_format json_schema), reads it past fences and prose,
 * validates it with zod, and on invalid output asks once more, quoting what was wrong. A second
 * invalid reply fails with a clear message: nothing half-valid ever reaches the caller.
 */
export async function completeStructured<S extends z.ZodType>(
  provider: AiProvider,
  request: StructuredRequest<S>,
): Promise<StructuredResult<z.output<S>>> {
  const jsonSchema = { name: request.name, schema: jsonSchemaFor(request.schema) };
  const usage: Usage = { promptTokens: 0, completionTokens: 0 };
  const messages = [...request.messages];
  let lastProblem = '';
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    const reply = await provider.complete({ messages, jsonSchema, signal: request.signal, temperature: 0.2 });
    usage.promptTokens += reply.usage.promptTokens;
    usage.completionTokens += reply.usage.completionTokens;
    const result = problemWith(request.schema, reply.text);
    if ('value' in result) return { value: result.value, model: reply.model, usage, attempts: attempt };
    lastProblem = result.problem;
    messages.push(
      { role: 'assistant', content: reply.text.slice(0, 8000) },
      {
        role: 'user',
        content: `That reply was not valid: ${lastProblem}. Reply again with only the JSON object that matches the schema.`,
      },
    );
  }
  throw new AiError(
    'invalid-output',
    `The model's reply did not have the expected shape twice (${lastProblem.slice(0, 160)}); nothing was saved. Try again or choose a stronger model.`,
  );
}

/** A prompt of paragraphs; the parts that do not apply (false, empty) are left out. */
export function promptParts(parts: ReadonlyArray<string | false | null | undefined>): string {
  return parts.filter((part): part is string => Boolean(part)).join('\n\n');
}

export interface FeatureRequest<S extends z.ZodType> {
  /** The feature the usage is recorded under ("questions", "review", …). */
  feature: string;
  name: string;
  schema: S;
  system: string;
  user: string;
  signal?: AbortSignal;
}

/** One structured request for a feature: the user's chosen provider, the request, its usage recorded. */
export async function askStructured<S extends z.ZodType>(
  ai: Pick<AiService, 'provider' | 'recordUsage'>,
  request: FeatureRequest<S>,
): Promise<StructuredResult<z.output<S>>> {
  const provider = await ai.provider();
  const result = await completeStructured(provider, {
    name: request.name,
    schema: request.schema,
    messages: [
      { role: 'system', content: request.system },
      { role: 'user', content: request.user },
    ],
    signal: request.signal,
  });
  await ai.recordUsage(request.feature, result);
  return result;
}
