import { API } from '../lib/router';

// The one way the console calls the server: same origin, bearer token refreshed before each call,
// problem+json answers turned into ApiProblem with the fields they name.

export interface FieldError {
  field: string;
  message: string;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];
  /** The whole body, for extension members a page reads itself (e.g. errors[].line of a receipt). */
  readonly body: Record<string, unknown>;

  constructor(status: number, body: Record<string, unknown>) {
    const title = typeof body.title === 'string' ? body.title : `Request failed (${status})`;
    const detail = typeof body.detail === 'string' ? body.detail : '';
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.type = typeof body.type === 'string' ? body.type : 'about:blank';
    this.title = title;
    this.detail = detail;
    this.errors = problemFieldErrors(body, detail);
    this.body = body;
  }

  /** The message for one form field, if the problem names it (exactly, as a last path segment, or an element of it). */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => sameField(e.field, field))?.message;
  }

  /** Whether no error names one of these fields (then the problem is shown above the form). */
  namesNoneOf(fields: string[]): boolean {
    return !fields.some((f) => this.fieldMessage(f) !== undefined);
  }
}

export function sameField(named: string, field: string): boolean {
  const plain = named.replace(/\[\d+\]/g, '');
  return named === field || plain === field || plain.endsWith('.' + field) || named.startsWith(field + '[');
}

export function problemFieldErrors(body: Record<string, unknown>, detail: string): FieldError[] {
  const out: FieldError[] = [];
  if (Array.isArray(body.errors)) {
    for (const e of body.errors) {
      if (e && typeof e === 'object' && typeof (e as FieldError).field === 'string') {
        out.push({ field: (e as FieldError).field, message: String((e as FieldError).message ?? detail) });
      }
    }
  }
  if (typeof body.field === 'string') {
    out.push({ field: body.field, message: detail });
  }
  return out;
}

type TokenSource = () => Promise<string | undefined>;
let tokenSource: TokenSource = async () => undefined;

export function setTokenSource(source: TokenSource): void {
  tokenSource = source;
}

/** A body sent as it is (a CSV file's text), not as JSON. */
export interface RawBody { raw: string; contentType: string }

function isRaw(body: unknown): body is RawBody {
  return typeof body === 'object' && body !== null && 'raw' in body && 'contentType' in body;
}

async function send(method: string, path: string, body: unknown, accept: string, fetcher: typeof fetch): Promise<Response> {
  const token = await tokenSource();
  const headers: Record<string, string> = { Accept: accept };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = isRaw(body) ? body.contentType : 'application/json';
  return fetcher(`${API}/${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : isRaw(body) ? body.raw : JSON.stringify(body),
    credentials: 'omit',
  });
}

function problem(status: number, text: string): ApiProblem {
  const json = text ? safeJson(text) : {};
  return new ApiProblem(status, json && typeof json === 'object' ? (json as Record<string, unknown>) : {});
}

export async function call<T>(method: string, path: string, body?: unknown, fetcher: typeof fetch = fetch): Promise<T> {
  const response = await send(method, path, body, 'application/json, application/problem+json', fetcher);
  const text = await response.text();
  if (!response.ok) throw problem(response.status, text);
  return (text ? safeJson(text) : {}) as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { title: 'Unexpected answer', detail: text.slice(0, 200) };
  }
}

export const get = <T,>(path: string) => call<T>('GET', path);
export const post = <T,>(path: string, body?: unknown) => call<T>('POST', path, body);
export const put = <T,>(path: string, body?: unknown) => call<T>('PUT', path, body ?? {});
export const del = <T,>(path: string) => call<T>('DELETE', path);

/** A query string from the set values only. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The current access token (refreshed), for downloads the browser makes itself. */
export function currentToken(): Promise<string | undefined> {
  return tokenSource();
}

/**
 * Fetches a file with the bearer token and hands it to the browser as a download, named as the server's
 * Content-Disposition says (else fallbackName); a refusal is thrown as an ApiProblem. Answers the name used.
 */
export async function download(path: string, fallbackName: string, fetcher: typeof fetch = fetch): Promise<string> {
  const response = await send('GET', path, undefined, '*/*', fetcher);
  if (!response.ok) throw problem(response.status, await response.text());
  const name = attachmentName(response.headers.get('Content-Disposition')) ?? fallbackName;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(await response.blob());
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
  return name;
}

/** The file name a Content-Disposition header gives (attachment; filename="x.csv"), if any. */
export function attachmentName(header: string | null): string | undefined {
  return header?.match(/filename="?([^";]+)"?/)?.[1];
}
