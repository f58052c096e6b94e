import { describe, expect, it, vi } from 'vitest';
import { ApiProblem, attachmentName, call, query, setTokenSource } from './client';

function answer(status: number, body: unknown, type = 'application/problem+json') {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } }));
}

describe('call', () => {
  it('sends the fresh bearer token to /api on the same origin, never cookies', async () => {
    setTokenSource(async () => 'tok-1');
    const fetcher = answer(200, { ok: true }, 'application/json');
    await expect(call('GET', 'me/tenants', undefined, fetcher as unknown as typeof fetch)).resolves.toEqual({ ok: true });
    const [url, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/me/tenants');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok-1');
    expect(init.credentials).toBe('omit');
  });

  it('turns problem+json into an ApiProblem with title, detail and the fields it names', async () => {
    setTokenSource(async () => undefined);
    const fetcher = answer(400, { type: 'urn:consigna:problem:validation', title: 'Invalid request', status: 400,
      detail: 'The request has 1 invalid field(s)', errors: [{ field: 'request.toCustodianId', message: 'must not be null' }] });
    const error = (await call('POST', 't/x/inventory/transfers', {}, fetcher as unknown as typeof fetch).catch((e: unknown) => e)) as ApiProblem;
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error.title).toBe('Invalid request');
    expect(error.fieldMessage('toCustodianId')).toBe('must not be null');
    expect(error.fieldMessage('note')).toBeUndefined();
    expect(error.namesNoneOf(['note'])).toBe(true);
  });

  it('reads a single named field and indexed list fields', () => {
    const single = new ApiProblem(404, { title: 'Unknown reference', detail: 'No facility 1', field: 'facilityId' });
    expect(single.fieldMessage('facilityId')).toBe('No facility 1');
    const listed = new ApiProblem(400, { title: 'Invalid request', errors: [{ field: 'lines[2].deviceId', message: 'unknown' }] });
    expect(listed.fieldMessage('deviceId')).toBe('unknown');
    expect(listed.fieldMessage('lines')).toBe('unknown');
  });

  it('an answer that is not JSON still gives a readable problem', async () => {
    const fetcher = vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = (await call('GET', 'x', undefined, fetcher as unknown as typeof fetch).catch((e: unknown) => e)) as ApiProblem;
    expect(error.title).toBe('Unexpected answer');
    expect(error.status).toBe(502);
  });
});

describe('query', () => {
  it('keeps only the values that are set', () => {
    expect(query({ q: 'abc', status: null, includeDeactivated: false, limit: 100, x: '' })).toBe('?q=abc&limit=100');
    expect(query({})).toBe('');
  });
});

describe('files', () => {
  it('sends a raw body (a CSV file) as it is, with its own content type', async () => {
    setTokenSource(async () => 'tok-2');
    const fetcher = answer(201, { id: 's1' }, 'application/json');
    await call('POST', 't/x/billing/facilities/f/price-sheets', { raw: 'a,b\n1,2\n', contentType: 'text/csv' }, fetcher as unknown as typeof fetch);
    const [, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.body).toBe('a,b\n1,2\n');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('text/csv');
  });
  it('names a download as the server\'s Content-Disposition says', () => {
    expect(attachmentName('attachment; filename="purchase-order-12.csv"')).toBe('purchase-order-12.csv');
    expect(attachmentName('attachment; filename=invoices.csv')).toBe('invoices.csv');
    expect(attachmentName(null)).toBeUndefined();
  });
});
