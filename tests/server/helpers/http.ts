export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
  /** A raw body sent as is (for malformed-JSON and size tests). */
  raw?: string;
  redirect?: 'follow' | 'manual' | 'error';
}

/** fetch against the app under test, parsing JSON replies. */
export function client(baseUrl: string) {
  async function call<T>(
    method: string,
    path: string,
    body?: unknown,
    options: RequestOptions = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    let payload: string | undefined;
    if (options.raw !== undefined) payload = options.raw;
    else if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      ...(payload !== undefined ? { body: payload } : {}),
      redirect: options.redirect ?? 'follow',
    });
    const text = await response.text();
    let parsed: unknown = null;
    if (text && (response.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }
  return {
    baseUrl,
    get: <T = unknown>(path: string, options?: RequestOptions) => call<T>('GET', path, undefined, options),
    post: <T = unknown>(path: string, body?: unknown, options?: RequestOptions) => call<T>('POST', path, body, options),
    patch: <T = unknown>(path: string, body?: unknown, options?: RequestOptions) =>
      call<T>('PATCH', path, body, options),
    delete: <T = unknown>(path: string, options?: RequestOptions) => call<T>('DELETE', path, undefined, options),
  };
}

export type Client = ReturnType<typeof client>;
