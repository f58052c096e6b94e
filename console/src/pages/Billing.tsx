import { Badge, Button, Card, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type PointerEvent as ReactPointerEvent, useEffect, useRef, useState } from 'react';
import { ApiProblem, download, get, post, put, query } from '../api/client';
import type { BillingChange, Page } from '../api/types';
import { fieldError, Link, ProblemNote } from '../components';
import { type BilledLine, type BillingEvent, changeWords, money, priceOverride, priceSource, type Review, signatureOf } from '../lib/billing';
import { useLoad } from '../lib/useLoad';

/** A signature drawn with a finger (or a mouse) on a canvas; reports the PNG as a data URL, or null when cleared. */
export function SignaturePad({ label, onChange }: { label: string; onChange: (png: string | null) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [empty, setEmpty] = useState(true);
  useEffect(() => {
    const c = canvas.current!;
    const g = c.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
  }, []);
  const at = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return [(e.clientX - r.left) * (e.currentTarget.width / r.width), (e.clientY - r.top) * (e.currentTarget.height / r.height)];
  };
  const down = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drawing.current = true;
    const g = e.currentTarget.getContext('2d')!;
    const [x, y] = at(e);
    g.lineWidth = 3; g.lineCap = 'round'; g.strokeStyle = '#111';
    g.beginPath(); g.moveTo(x, y);
  };
  const move = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const g = e.currentTarget.getContext('2d')!;
    const [x, y] = at(e);
    g.lineTo(x, y); g.stroke();
    if (empty) setEmpty(false);
  };
  const up = () => {
    if (!drawing.current) return;
    drawing.current = false;
    if (!empty) onChange(canvas.current!.toDataURL('image/png'));
  };
  const clear = () => {
    const c = canvas.current!;
    const g = c.getContext('2d')!;
    g.fillStyle = '#fff'; g.fillRect(0, 0, c.width, c.height);
    setEmpty(true); onChange(null);
  };
  return (
    <Stack gap={4}>
      <Group justify="space-between"><Text fw={600}>{label}</Text>
        <Button variant="subtle" size="sm" onClick={clear} disabled={empty}>Clear</Button></Group>
      <canvas ref={canvas} width={600} height={200} role="img" aria-label={`${label} pad`}
        style={{ width: '100%', maxWidth: 600, height: 'auto', aspectRatio: '3 / 1', border: '1px solid #868e96', borderRadius: 4, touchAction: 'none', background: '#fff' }}
        onPointerDown={down} onPointerMove={move} onPointerUp={up} onPointerCancel={up} onPointerLeave={up} />
      <Text size="xs" c="dimmed">{empty ? 'Sign with a finger above, or type the full name below.' : 'Signed.'}</Text>
    </Stack>
  );
}

/** Sign and close an event of a billed type: the lines with prices and their source, two signatures, then close. */
export function SignAndClose({ tenant, eventId, review, onClosed }: { tenant: string; eventId: string; review: Review; onClosed: () => void }) {
  const [repDrawn, setRepDrawn] = useState<string | null>(null);
  const [providerDrawn, setProviderDrawn] = useState<string | null>(null);
  const [repName, setRepName] = useState('');
  const [providerName, setProviderName] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const close = async () => {
    setBusy(true);
    try {
      await post(`t/${tenant}/billing/events/${eventId}/close`, {
        signatures: { rep: signatureOf(repDrawn, repName), provider: signatureOf(providerDrawn, providerName) },
      });
      setError(undefined); onClosed();
    } catch (err) { setError(err); } finally { setBusy(false); }
  };
  const fields = ['signatures.rep', 'signatures.provider', 'signatures.rep.drawn', 'signatures.provider.drawn'];
  return (
    <Card withBorder data-testid="sign-and-close">
      <Stack>
        <Title order={3}>Sign and close</Title>
        <Table aria-label="Billed lines">
          <Table.Thead><Table.Tr><Table.Th>Item</Table.Th><Table.Th>Qty</Table.Th><Table.Th>Price</Table.Th><Table.Th>Source</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {review.lines.map((l) => (
              <Table.Tr key={l.lineId}>
                <Table.Td>{l.catalogNumber} {l.description}</Table.Td><Table.Td>{l.quantity}</Table.Td>
                <Table.Td>{money(l.unitPrice, review.currency)}</Table.Td><Table.Td>{priceSource(l.source, l.sourceName)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text fw={600}>Total {money(review.total, review.currency)}</Text>
        <SignaturePad label="Rep signature" onChange={setRepDrawn} />
        {!repDrawn && <TextInput label="Or the rep's typed full name" size="md" value={repName}
          onChange={(e) => setRepName(e.currentTarget.value)} error={fieldError(error, 'signatures.rep')} />}
        <SignaturePad label="Provider signature" onChange={setProviderDrawn} />
        {!providerDrawn && <TextInput label="Or the provider's typed full name" size="md" value={providerName}
          onChange={(e) => setProviderName(e.currentTarget.value)} error={fieldError(error, 'signatures.provider')} />}
        <ProblemNote error={error} fields={fields} />
        <Button size="lg" color="green" loading={busy} onClick={close}>Sign and close</Button>
      </Stack>
    </Card>
  );
}

/**
 * A closed event's billing: status, lines, totals, prices set by hand while closed, PO entry, the sales order as PDF
 * and shared by e-mail, and the billing's history.
 */
export function EventBilling({ tenant, eventId }: { tenant: string; eventId: string }) {
  const base = `t/${tenant}/billing/events/${eventId}`;
  const [version, setVersion] = useState(0);
  const billing = useLoad(() => get<BillingEvent>(base), [base, version]);
  const [pricing, setPricing] = useState<BilledLine | null>(null);
  const [po, setPo] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<unknown>();
  const [shared, setShared] = useState<string>();
  if (billing.error instanceof ApiProblem && billing.error.status === 404) return null; // not billed (or reopened)
  const b = billing.data;
  const enterPo = async () => {
    try { await put(`${base}/po`, { poNumber: po }); setError(undefined); setVersion((v) => v + 1); } catch (err) { setError(err); }
  };
  const share = async () => {
    try { await post(`${base}/sales-order/shares`, { to }); setError(undefined); setShared(to); setTo(''); setVersion((v) => v + 1); } catch (err) { setError(err); }
  };
  return (
    <Card withBorder data-testid="billing">
      <ProblemNote error={billing.error} />
      {b && (
        <Stack>
          <Group justify="space-between"><Title order={3}>Billing</Title><Badge size="lg" aria-label="Billing status">{b.status}</Badge></Group>
          <Table aria-label="Billing lines">
            <Table.Thead><Table.Tr><Table.Th>Item</Table.Th><Table.Th>Qty</Table.Th><Table.Th>Price</Table.Th><Table.Th>Total</Table.Th>
              {b.status === 'closed' && <Table.Th>Manual price</Table.Th>}</Table.Tr></Table.Thead>
            <Table.Tbody>
              {b.lines.map((l) => (
                <Table.Tr key={l.lineId}>
                  <Table.Td>{l.catalogNumber} {l.description}</Table.Td><Table.Td>{l.quantity}</Table.Td>
                  <Table.Td>{money(l.unitPrice, b.currency)}{l.overridden ? ` (set by hand: ${l.overrideReason})` : ''}</Table.Td>
                  <Table.Td>{money(l.lineTotal, b.currency)}</Table.Td>
                  {b.status === 'closed' && <Table.Td><Button variant="subtle" size="md" onClick={() => setPricing(l)}
                    aria-label={`Set the price of ${l.catalogNumber} by hand`}>Set price</Button></Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {pricing && b.status === 'closed' && <PriceOverride key={pricing.lineId} path={`${base}/lines/${pricing.lineId}/price`} line={pricing}
            currency={b.currency} onDone={(saved) => { setPricing(null); if (saved) setVersion((v) => v + 1); }} />}
          <Text fw={600}>Total {money(b.total, b.currency)}</Text>
          <Text size="sm">Signed by {[...b.signatures].sort((x, y) => (x.party === 'rep' ? 0 : 1) - (y.party === 'rep' ? 0 : 1)).map((s) => `${s.party} (${s.kind === 'typed' ? s.typedName : 'drawn'})`).join(', ')}</Text>
          {b.poNumber ? <Text>PO {b.poNumber}</Text> : b.sale && (
            <Group align="flex-end">
              <TextInput label="PO number" size="md" value={po} onChange={(e) => setPo(e.currentTarget.value)} error={fieldError(error, 'poNumber')} />
              <Button size="md" onClick={enterPo} disabled={!po.trim()}>Enter PO</Button>
            </Group>
          )}
          <Group align="flex-end">
            <Button size="md" variant="default" onClick={() => download(`${base}/sales-order.pdf`, `sales-order-${eventId.slice(0, 8)}.pdf`).catch(setError)}>
              Download sales order (PDF)</Button>
            <TextInput label="Share the sales order with (e-mail)" size="md" type="email" value={to}
              onChange={(e) => setTo(e.currentTarget.value)} error={fieldError(error, 'to')} />
            <Button size="md" onClick={share} disabled={!to.trim()}>Share</Button>
          </Group>
          {shared && <Text size="sm">Sales order sent to {shared}.</Text>}
          <ProblemNote error={error} fields={['poNumber', 'to']} />
          <BillingHistory path={`${base}/history`} version={version} />
        </Stack>
      )}
    </Card>
  );
}

/** A line's unit price set by hand, with the reason (kept in the billing's history); while the billing is closed. */
function PriceOverride({ path, line, currency, onDone }: { path: string; line: BilledLine; currency: string; onDone: (saved: boolean) => void }) {
  const [price, setPrice] = useState<number | string>(line.unitPrice ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const body = priceOverride(price, reason);
  const save = async () => {
    try { await put(path, body); onDone(true); } catch (err) { setError(err); }
  };
  return (
    <Card withBorder data-testid="price-override">
      <Stack gap="xs">
        <Text fw={600}>{line.catalogNumber} {line.description}: now {money(line.unitPrice, currency)}</Text>
        <Group align="flex-end">
          <NumberInput label="New unit price" size="md" min={0} decimalScale={4} w={160} value={price} onChange={setPrice}
            error={fieldError(error, 'unitPrice')} />
          <TextInput label="Reason" size="md" value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldError(error, 'reason')} />
          <Button size="md" onClick={save} disabled={!body}>Save price</Button>
          <Button size="md" variant="default" onClick={() => onDone(false)}>Cancel</Button>
        </Group>
        <ProblemNote error={error} fields={['unitPrice', 'reason']} />
      </Stack>
    </Card>
  );
}

/** The billing's steps as the server lists them: closed, prices set by hand, PO entered or corrected, voided. */
function BillingHistory({ path, version }: { path: string; version: number }) {
  const history = useLoad(() => get<BillingChange[]>(path), [path, version]);
  return (
    <Stack gap={4}>
      <Title order={4}>History</Title>
      <ProblemNote error={history.error} />
      <Table aria-label="Billing history">
        <Table.Tbody>
          {history.data?.map((c, i) => (
            <Table.Tr key={i}>
              <Table.Td>{new Date(c.recordedAt).toLocaleString()}</Table.Td><Table.Td>{changeWords(c.action)}</Table.Td><Table.Td>{c.detail}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** Admins: closed sale events waiting for their PO number, oldest first. */
export function PendingPoPage({ tenant }: { tenant: string }) {
  const pending = useLoad(() => get<Page<BillingEvent>>(`t/${tenant}/billing/pending-po${query({ limit: 100 })}`), [tenant]);
  return (
    <Stack>
      <Title order={2}>Pending PO</Title>
      <ProblemNote error={pending.error} />
      {pending.data?.items.length === 0 && <Text>No closed sale is waiting for its PO.</Text>}
      <Table striped aria-label="Pending PO">
        <Table.Thead><Table.Tr><Table.Th>Event</Table.Th><Table.Th>Closed</Table.Th><Table.Th>Total</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {pending.data?.items.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Td><Link to={`/t/${tenant}/events/${b.eventId}`}>{b.eventId.slice(0, 8)}</Link></Table.Td>
              <Table.Td>{new Date(b.closedAt).toLocaleString()}</Table.Td><Table.Td>{money(b.total, b.currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
