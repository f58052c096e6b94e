import { Badge, Button, Card, Checkbox, Group, NumberInput, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { download, get, post, put, query } from '../api/client';
import type { MyContext, Page } from '../api/types';
import { fieldError, ProblemNote } from '../components';
import {
  countDelta, lineKey, ordersFor, requisitionOrder, type Count, type Order, type OrderSummary, type ReasonCode, type Recipient, type Replenishment,
  type Requisition, type RequisitionSummary, type SpillageReport,
} from '../lib/purchasing';
import { useLoad } from '../lib/useLoad';

/** Purchasing: replenishment with each line's explanation, purchase orders and receiving (admins); counts for everyone. */
export function PurchasingPage({ tenant, context }: { tenant: string; context: MyContext }) {
  const admin = context.role === 'admin';
  const [section, setSection] = useState(admin ? 'replenishment' : 'counts');
  const sections = admin
    ? [{ value: 'replenishment', label: 'Replenishment' }, { value: 'orders', label: 'Purchase orders' }, { value: 'counts', label: 'Counts' },
      { value: 'spillage', label: 'Spillage' }, { value: 'requisitions', label: 'Requisitions' }]
    : [{ value: 'counts', label: 'Counts' }, { value: 'spillage', label: 'Spillage' }, { value: 'requisitions', label: 'Requisitions' }];
  return (
    <Stack>
      <Title order={2}>Purchasing</Title>
      {sections.length > 1 && <SegmentedControl value={section} onChange={setSection} data={sections} aria-label="Purchasing section" />}
      {section === 'replenishment' && <ReplenishmentSection tenant={tenant} onSaved={() => setSection('orders')} />}
      {section === 'orders' && <OrdersSection tenant={tenant} />}
      {section === 'counts' && <CountsSection tenant={tenant} context={context} />}
      {section === 'spillage' && <SpillageSection tenant={tenant} context={context} />}
      {section === 'requisitions' && <RequisitionsSection tenant={tenant} context={context} />}
    </Stack>
  );
}

function ReplenishmentSection({ tenant, onSaved }: { tenant: string; onSaved: () => void }) {
  const replenishment = useLoad(() => get<Replenishment>(`t/${tenant}/purchasing/replenishment`), [tenant]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>();
  const lines = replenishment.data?.lines ?? [];
  const plan = ordersFor(lines, selected);
  const toggle = (key: string) => setSelected((s) => { const n = new Set(s); if (n.has(key)) n.delete(key); else n.add(key); return n; });
  const save = async () => {
    try {
      await post(`t/${tenant}/purchasing/replenishment/orders`, {
        lines: lines.filter((l) => selected.has(lineKey(l))).map((l) => ({ recipientId: l.recipientId, itemId: l.itemId })),
      });
      setError(undefined); setSelected(new Set()); onSaved();
    } catch (err) { setError(err); replenishment.reload(); }
  };
  return (
    <Stack>
      <ProblemNote error={replenishment.error} />
      <ProblemNote error={error} />
      {replenishment.data && <Text size="sm">Units expiring by {replenishment.data.expiryHorizon} do not count as on hand.</Text>}
      {replenishment.data && lines.length === 0 && <Text>Nothing to replenish: every recipient is at or above its minimum.</Text>}
      {lines.map((l) => (
        <Card key={lineKey(l)} withBorder data-testid="replenishment-line">
          <Group justify="space-between" wrap="nowrap">
            <Checkbox size="md" checked={selected.has(lineKey(l))} onChange={() => toggle(lineKey(l))}
              label={`${l.recipientName}: ${l.catalogNumber} ${l.description}`} />
            <Badge size="lg">order {l.suggested}</Badge>
          </Group>
          <Text size="sm" c="dimmed">{l.vendorName ? `${l.vendorName} (${l.vendorSource})` : 'no vendor'}{l.partNumber ? ` · ${l.partNumber}` : ''}</Text>
          <Stack gap={0} mt="xs" aria-label="Explanation">
            {l.explanation.map((e, i) => <Text key={i} size="sm">{e}</Text>)}
          </Stack>
        </Card>
      ))}
      {selected.size > 0 && (
        <Group>
          <Button size="md" onClick={save} disabled={plan.withoutVendor > 0}>
            Save {plan.vendors.size} purchase order{plan.vendors.size === 1 ? '' : 's'}
          </Button>
          {plan.withoutVendor > 0 && <Text c="red" size="sm">{plan.withoutVendor} selected line(s) have no vendor.</Text>}
        </Group>
      )}
    </Stack>
  );
}

function OrdersSection({ tenant }: { tenant: string }) {
  const orders = useLoad(() => get<Page<OrderSummary>>(`t/${tenant}/purchasing/purchase-orders${query({ limit: 50 })}`), [tenant]);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Stack>
      <ProblemNote error={orders.error} />
      {orders.data?.items.length === 0 && <Text>No purchase orders yet.</Text>}
      <Table striped highlightOnHover>
        <Table.Thead><Table.Tr><Table.Th>PO</Table.Th><Table.Th>Vendor</Table.Th><Table.Th>Status</Table.Th><Table.Th>Created</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {orders.data?.items.map((o) => (
            <Table.Tr key={o.id} onClick={() => setOpen(o.id)} style={{ cursor: 'pointer' }}>
              <Table.Td><Button variant="subtle" size="compact-md" onClick={() => setOpen(o.id)}>PO {o.number}</Button></Table.Td>
              <Table.Td>{o.vendorName}</Table.Td><Table.Td><Badge>{o.status}</Badge></Table.Td>
              <Table.Td>{new Date(o.createdAt).toLocaleDateString()}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {open && <OrderDetail tenant={tenant} id={open} onChange={orders.reload} />}
    </Stack>
  );
}

function OrderDetail({ tenant, id, onChange }: { tenant: string; id: string; onChange: () => void }) {
  const order = useLoad(() => get<Order>(`t/${tenant}/purchasing/purchase-orders/${id}`), [tenant, id]);
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [lots, setLots] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const receive = async () => {
    const lines = Object.entries(quantities).filter(([, q]) => q > 0)
      .map(([lineId, quantity]) => ({ lineId, quantity, lot: lots[lineId] || undefined }));
    try {
      await post(`t/${tenant}/purchasing/purchase-orders/${id}/receipts`, { lines });
      setError(undefined); setQuantities({}); order.reload(); onChange();
    } catch (err) { setError(err); }
  };
  const o = order.data;
  return (
    <Card withBorder data-testid="purchase-order">
      <ProblemNote error={order.error} />
      {o && (
        <Stack>
          <Group justify="space-between"><Title order={3}>PO {o.number} · {o.vendorName}</Title><Badge size="lg">{o.status}</Badge></Group>
          {o.vendorReference && <Text size="sm">Sent through {o.submittedTo}: {o.vendorReference}</Text>}
          {o.lines.map((l) => (
            <Group key={l.id} align="flex-end" wrap="wrap">
              <Text w={260}>{l.catalogNumber} {l.description} — {l.received} of {l.quantity} received</Text>
              {l.remaining > 0 && (o.status === 'open' || o.status === 'partially-received') && (
                <>
                  <NumberInput label={`Receive (line ${l.position})`} min={0} max={l.remaining} w={140} size="md"
                    value={quantities[l.id] ?? ''} onChange={(v) => setQuantities((q) => ({ ...q, [l.id]: Number(v) || 0 }))} />
                  <TextInput label="Lot (lot-tracked items)" w={160} size="md" value={lots[l.id] ?? ''}
                    onChange={(e) => { const v = e.currentTarget.value; setLots((x) => ({ ...x, [l.id]: v })); }} />
                </>
              )}
            </Group>
          ))}
          <ProblemNote error={error} />
          {(o.status === 'open' || o.status === 'partially-received') && <Button size="md" onClick={receive}>Receive</Button>}
          <OrderActions tenant={tenant} order={o} onChange={() => { order.reload(); onChange(); }} />
        </Stack>
      )}
    </Card>
  );
}

/** An order's CSV export, and while it is not cancelled its e-mail to the vendor (or another address) and its cancelling. */
function OrderActions({ tenant, order, onChange }: { tenant: string; order: Order; onChange: () => void }) {
  const base = `t/${tenant}/purchasing/purchase-orders/${order.id}`;
  const [to, setTo] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const act = async (work: () => Promise<unknown>) => {
    try { await work(); setError(undefined); onChange(); } catch (err) { setError(err); }
  };
  const cancellable = order.status === 'open' || order.status === 'partially-received';
  return (
    <Stack gap="xs" data-testid="order-actions">
      {order.emailedTo && <Text size="sm">E-mailed to {order.emailedTo} on {new Date(order.emailedAt!).toLocaleString()}</Text>}
      {order.cancelReason && <Text size="sm">Cancelled: {order.cancelReason}</Text>}
      <Group align="flex-end">
        <Button size="md" variant="default" onClick={() => download(`${base}/export`, `purchase-order-${order.number}.csv`).then(() => setError(undefined), setError)}>
          Export (CSV)</Button>
        {order.status !== 'cancelled' && (
          <>
            <TextInput label="Send to (empty: the vendor's address)" size="md" type="email" value={to} onChange={(e) => setTo(e.currentTarget.value)}
              error={fieldError(error, 'to')} />
            <Button size="md" onClick={() => act(() => post(`${base}/email`, to.trim() ? { to: to.trim() } : {}))}>E-mail to vendor</Button>
          </>
        )}
        {cancellable && !confirming && <Button size="md" color="red" variant="outline" onClick={() => setConfirming(true)}>Cancel order</Button>}
      </Group>
      {cancellable && confirming && (
        <Card withBorder role="alertdialog" aria-label={`Cancel PO ${order.number}`}>
          <Stack gap="xs">
            <Text fw={600}>Cancel PO {order.number}? Units already received stay; the rest is no longer on order.</Text>
            <TextInput label="Reason for cancelling" size="md" value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldError(error, 'reason')} />
            <Group>
              <Button size="md" color="red" disabled={!reason.trim()}
                onClick={() => act(async () => { await post(`${base}/cancel`, { reason: reason.trim() }); setConfirming(false); })}>Yes, cancel the order</Button>
              <Button size="md" variant="default" onClick={() => setConfirming(false)}>Keep the order</Button>
            </Group>
          </Stack>
        </Card>
      )}
      <ProblemNote error={error} fields={['to', 'reason']} />
    </Stack>
  );
}

function CountsSection({ tenant, context }: { tenant: string; context: MyContext }) {
  const admin = context.role === 'admin';
  const recipients = useLoad(() => (admin ? get<Recipient[]>(`t/${tenant}/purchasing/recipients`) : Promise.resolve([])), [tenant, admin]);
  const [recipient, setRecipient] = useState<string | null>(admin ? null : context.memberId);
  const [count, setCount] = useState<Count | null>(null);
  const [error, setError] = useState<unknown>();
  const act = async (work: () => Promise<Count>) => {
    try { setCount(await work()); setError(undefined); } catch (err) { setError(err); }
  };
  const start = () => act(() => post<Count>(`t/${tenant}/purchasing/counts`, { recipientId: recipient }));
  const enter = (itemId: string, counted: number, ticked: boolean) =>
    act(() => put<Count>(`t/${tenant}/purchasing/counts/${count!.id}/lines/${itemId}`, { counted, ticked }));
  const apply = () => act(() => post<Count>(`t/${tenant}/purchasing/counts/${count!.id}/apply`, {}));
  return (
    <Stack>
      <ProblemNote error={error} />
      {admin && (
        <Select label="Recipient" size="md" value={recipient} onChange={setRecipient}
          data={(recipients.data ?? []).map((r) => ({ value: r.custodianId, label: r.name }))} />
      )}
      {!count && <Button size="md" onClick={start} disabled={!recipient}>Start a count</Button>}
      {count && (
        <Stack data-testid="count">
          <Group justify="space-between"><Text fw={600}>{count.initial ? 'Initial count' : 'Count'} · {count.status}</Text></Group>
          {count.lines.map((l) => (
            <Card key={l.itemId} withBorder>
              <Text fw={600}>{l.catalogNumber} {l.description}</Text>
              <Text size="sm">Expected {l.expected}{l.movedSince !== 0 ? ` · moved since the start: ${l.movedSince > 0 ? '+' : ''}${l.movedSince}` : ''}</Text>
              {count.status === 'open' ? (
                <Group align="flex-end">
                  <NumberInput label={`Counted ${l.catalogNumber}`} min={0} size="md" w={150} defaultValue={l.counted ?? undefined}
                    onBlur={(e) => { const v = Number(e.currentTarget.value); if (!Number.isNaN(v) && e.currentTarget.value !== '') enter(l.itemId, v, true); }} />
                  <Checkbox size="md" label="Apply" checked={l.ticked}
                    onChange={(e) => enter(l.itemId, l.counted ?? 0, e.currentTarget.checked)} />
                  {l.ticked && <Text size="sm">correction {countDelta(l) > 0 ? '+' : ''}{countDelta(l)}</Text>}
                </Group>
              ) : <Text size="sm">applied: {l.appliedDelta ?? 'left as it was'}</Text>}
            </Card>
          ))}
          {count.status === 'open' && <Button size="md" onClick={apply}>Apply the ticked lines</Button>}
        </Stack>
      )}
    </Stack>
  );
}

interface CatalogItem { id: string; catalogNumber: string; description: string }

/** Spillage: open a report for a recipient, add lines with a reason code (their units are deducted), lock; admins convert to RMAs. */
function SpillageSection({ tenant, context }: { tenant: string; context: MyContext }) {
  const admin = context.role === 'admin';
  const recipients = useLoad(() => (admin ? get<Recipient[]>(`t/${tenant}/purchasing/recipients`) : Promise.resolve([])), [tenant, admin]);
  const reasons = useLoad(() => get<ReasonCode[]>(`t/${tenant}/purchasing/reason-codes`), [tenant]);
  const items = useLoad(() => get<Page<CatalogItem>>(`t/${tenant}/inventory/items${query({ active: true, limit: 200 })}`), [tenant]);
  const [recipient, setRecipient] = useState<string | null>(admin ? null : context.memberId);
  const [report, setReport] = useState<SpillageReport | null>(null);
  const [itemId, setItemId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | string>(1);
  const [reasonCodeId, setReasonCodeId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const act = async (work: () => Promise<SpillageReport>) => {
    try { setReport(await work()); setError(undefined); } catch (err) { setError(err); }
  };
  const base = `t/${tenant}/purchasing/spillage-reports`;
  const itemLabel = (id: string) => {
    const i = items.data?.items.find((x) => x.id === id);
    return i ? `${i.catalogNumber} ${i.description}` : id.slice(0, 8);
  };
  const reasonLabel = (id: string) => reasons.data?.find((r) => r.id === id)?.label ?? '';
  return (
    <Stack>
      <ProblemNote error={reasons.error} />
      <ProblemNote error={error} fields={['itemId', 'quantity', 'reasonCodeId']} />
      {!report && admin && (
        <Select label="Recipient" size="md" value={recipient} onChange={setRecipient} allowDeselect={false}
          data={(recipients.data ?? []).map((r) => ({ value: r.custodianId, label: r.name }))} />
      )}
      {!report && <Button size="md" onClick={() => act(() => post<SpillageReport>(base, { recipientId: recipient }))} disabled={!recipient}>Open a spillage report</Button>}
      {report && (
        <Card withBorder data-testid="spillage-report">
          <Stack>
            <Group justify="space-between"><Text fw={600}>Spillage report {report.number}</Text><Badge size="lg">{report.status}</Badge></Group>
            {report.lines.map((l) => (
              <Text key={l.id}>{itemLabel(l.itemId)} × {l.quantity} — {reasonLabel(l.reasonCodeId)}</Text>
            ))}
            {report.status === 'open' && (
              <>
                <Select label="Spilled item" size="md" searchable value={itemId} onChange={setItemId} error={fieldError(error, 'itemId')}
                  data={(items.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.catalogNumber} ${i.description}` }))} />
                <NumberInput label="Quantity spilled" size="md" min={1} value={quantity} onChange={setQuantity} error={fieldError(error, 'quantity')} />
                <Select label="Reason" size="md" value={reasonCodeId} onChange={setReasonCodeId} error={fieldError(error, 'reasonCodeId')}
                  data={(reasons.data ?? []).map((r) => ({ value: r.id, label: `${r.code} · ${r.label}` }))} />
                <Button size="md" disabled={!itemId || !reasonCodeId}
                  onClick={() => act(() => post<SpillageReport>(`${base}/${report.id}/lines`, { itemId, quantity: Number(quantity), reasonCodeId }))}>Add the line</Button>
                <Button size="md" variant="default" onClick={() => act(() => post<SpillageReport>(`${base}/${report.id}/lock`, {}))}>Lock the report</Button>
              </>
            )}
            {admin && report.status === 'locked' && report.rmas.length === 0 && (
              <Button size="md" onClick={() => act(() => post<SpillageReport>(`${base}/${report.id}/rmas`, {}))}>Convert to RMAs</Button>
            )}
            {report.rmas.map((r) => <Text key={r.id}>RMA {r.number} · {r.status} · {r.spillageLineIds.length} line(s)</Text>)}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

/** Requisitions: a recipient asks for items (when the tenant takes requisitions); admins order them, in parts if need be. */
function RequisitionsSection({ tenant, context }: { tenant: string; context: MyContext }) {
  const admin = context.role === 'admin';
  const base = `t/${tenant}/purchasing/requisitions`;
  const recipients = useLoad(() => (admin ? get<Recipient[]>(`t/${tenant}/purchasing/recipients`) : Promise.resolve([])), [tenant, admin]);
  const items = useLoad(() => get<Page<CatalogItem>>(`t/${tenant}/inventory/items${query({ active: true, limit: 200 })}`), [tenant]);
  const list = useLoad(() => (admin ? get<Page<RequisitionSummary>>(`${base}${query({ limit: 50 })}`) : Promise.resolve(null)), [tenant, admin]);
  const [recipient, setRecipient] = useState<string | null>(admin ? null : context.memberId);
  const [itemId, setItemId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | string>(1);
  const [open, setOpen] = useState<Requisition | null>(null);
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [error, setError] = useState<unknown>();
  const act = async (work: () => Promise<Requisition>) => {
    try { setOpen(await work()); setError(undefined); setQuantities({}); list.reload(); } catch (err) { setError(err); }
  };
  const itemLabel = (id: string) => {
    const i = items.data?.items.find((x) => x.id === id);
    return i ? `${i.catalogNumber} ${i.description}` : id.slice(0, 8);
  };
  return (
    <Stack>
      <ProblemNote error={error} fields={['itemId', 'quantity']} />
      <Card withBorder>
        <Stack>
          <Text fw={600}>Request items</Text>
          {admin && (
            <Select label="Request for" size="md" value={recipient} onChange={setRecipient} allowDeselect={false}
              data={(recipients.data ?? []).map((r) => ({ value: r.custodianId, label: r.name }))} />
          )}
          <Select label="Requested item" size="md" searchable value={itemId} onChange={setItemId} error={fieldError(error, 'itemId')}
            data={(items.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.catalogNumber} ${i.description}` }))} />
          <NumberInput label="Quantity requested" size="md" min={1} value={quantity} onChange={setQuantity} error={fieldError(error, 'quantity')} />
          <Button size="md" disabled={!recipient || !itemId}
            onClick={() => act(() => post<Requisition>(base, { recipientId: recipient, lines: [{ itemId, quantity: Number(quantity) }] }))}>
            Request
          </Button>
        </Stack>
      </Card>
      {admin && (list.data?.items ?? []).map((r) => (
        <Group key={r.id} justify="space-between" data-testid="requisition-row">
          <Button variant="subtle" size="md" onClick={() => act(() => get<Requisition>(`${base}/${r.id}`))}>Requisition {r.number}</Button>
          <Text size="sm">{r.source === 'billing' ? 'from a closed case' : 'requested'} · {new Date(r.createdAt).toLocaleDateString()}</Text>
          <Badge>{r.status}</Badge>
        </Group>
      ))}
      {open && (
        <Card withBorder data-testid="requisition">
          <Stack>
            <Group justify="space-between"><Text fw={600}>Requisition {open.number}</Text><Badge size="lg">{open.status}</Badge></Group>
            {open.lines.map((l) => (
              <Group key={l.id} align="flex-end" wrap="wrap">
                <Text w={260}>{itemLabel(l.itemId)}: {l.ordered} of {l.quantity} ordered</Text>
                {admin && l.remaining > 0 && (open.status === 'open' || open.status === 'partially-ordered') && (
                  <NumberInput label={`Order (line ${l.position})`} min={0} max={l.remaining} w={150} size="md"
                    value={quantities[l.id] ?? ''} onChange={(v) => setQuantities((q) => ({ ...q, [l.id]: Number(v) || 0 }))} />
                )}
              </Group>
            ))}
            {open.purchaseOrderIds.length > 0 && <Text size="sm">{open.purchaseOrderIds.length} purchase order(s) made</Text>}
            {admin && (open.status === 'open' || open.status === 'partially-ordered') && (
              <Button size="md" disabled={requisitionOrder(open.lines, quantities).length === 0}
                onClick={() => act(() => post<Requisition>(`${base}/${open.id}/orders`, { lines: requisitionOrder(open.lines, quantities) }))}>
                Order
              </Button>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
