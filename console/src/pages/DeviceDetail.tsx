import { Badge, Button, Card, Group, NumberInput, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post } from '../api/client';
import type { Device, LedgerEntry, Note, Page } from '../api/types';
import { fieldError, Link, ProblemNote } from '../components';
import { ADJUSTMENT_REASONS, adjustmentDelta } from '../lib/ops';
import { useAction } from '../lib/useAction';
import { useControlSize } from '../lib/useControlSize';
import { useLoad } from '../lib/useLoad';

interface MemberBrief { id: string; displayName: string; role?: string; kind?: string }

export function DeviceDetailPage({ tenant, id }: { tenant: string; id: string }) {
  const base = `t/${tenant}/inventory/devices/${id}`;
  const device = useLoad(() => get<Device>(base), [base]);
  const history = useLoad(() => get<Page<LedgerEntry>>(`${base}/history?limit=100`), [base]);
  const notes = useLoad(() => get<Page<Note>>(`${base}/notes?limit=100`), [base]);
  const reloadAll = () => { device.reload(); history.reload(); notes.reload(); };
  const d = device.data;
  return (
    <Stack>
      <Link to={`/t/${tenant}/inventory`}>← Inventory</Link>
      <ProblemNote error={device.error} />
      {d && (
        <Card withBorder>
          <Title order={2}>{d.item.catalogNumber} {d.serial ? `· ${d.serial}` : d.lot ? `· lot ${d.lot}` : ''}</Title>
          <Text>{d.item.description}</Text>
          <Group mt="sm" gap="xs">
            <Badge>{d.status}</Badge>
            {d.inactive && <Badge color="gray">deactivated: {d.inactive.reason}</Badge>}
            {d.pendingTransferId && <Badge color="orange">in a pending transfer</Badge>}
            {d.tags.map((t) => <Badge key={t} variant="outline">{t}</Badge>)}
          </Group>
          <Text mt="sm" aria-label="Custodian">Held by {d.custodian?.name}</Text>
          <Text size="sm">Quantity {d.quantity}{d.expiry ? ` · expires ${d.expiry}` : ''}{d.udi ? ` · UDI ${d.udi}` : ''}</Text>
        </Card>
      )}
      {d && !d.inactive && !d.pendingTransferId && <SendForm tenant={tenant} device={d} onSent={reloadAll} />}
      {d && !d.inactive && !d.pendingTransferId && <AdjustForm tenant={tenant} device={d} onAdjusted={reloadAll} />}
      <NoteForm base={base} onAdded={notes.reload} />
      <Title order={3}>History</Title>
      <ProblemNote error={history.error} />
      {history.data && (
        <Table.ScrollContainer minWidth={360}>
          <Table aria-label="History">
            <Table.Thead><Table.Tr><Table.Th>When</Table.Th><Table.Th>What</Table.Th><Table.Th>From → to</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {history.data.items.map((e) => (
                <Table.Tr key={e.seq}>
                  <Table.Td>{new Date(e.occurredAt).toLocaleString()}</Table.Td>
                  <Table.Td>{e.type}{e.reason ? ` (${e.reason})` : ''}</Table.Td>
                  <Table.Td>{e.from?.name ?? '—'} → {e.to?.name ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={3}>Notes</Title>
      {notes.data?.items.map((n) => <Card key={n.id} withBorder padding="xs"><Text size="sm">{n.text}</Text>
        <Text size="xs" c="dimmed">{new Date(n.createdAt).toLocaleString()}</Text></Card>)}
    </Stack>
  );
}

function SendForm({ tenant, device, onSent }: { tenant: string; device: Device; onSent: () => void }) {
  const members = useLoad(() => get<Page<MemberBrief>>(`t/${tenant}/members?limit=200`), [tenant]);
  const [to, setTo] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const options = (members.data?.items ?? []).filter((m) => m.id !== device.custodian?.id)
    .map((m) => ({ value: m.id, label: m.displayName }));
  return (
    <Card withBorder>
      <form onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        try {
          await post(`t/${tenant}/inventory/transfers`, { toCustodianId: to, note: note || undefined,
            lines: [{ deviceId: device.id, quantity: device.quantity }] });
          setError(undefined); setTo(null); setNote(''); onSent();
        } catch (err) { setError(err); } finally { setBusy(false); }
      }}>
        <Stack gap="xs">
          <Title order={3}>Send to</Title>
          <ProblemNote error={error} fields={['toCustodianId']} />
          <Select label="Recipient" placeholder="Choose a person" data={options} value={to} onChange={setTo} searchable size="md"
            error={fieldError(error, 'toCustodianId')} />
          <TextInput label="Note" value={note} onChange={(e) => setNote(e.currentTarget.value)} size="md" />
          <Button type="submit" size="md" loading={busy}>Send transfer</Button>
        </Stack>
      </form>
    </Card>
  );
}

function NoteForm({ base, onAdded }: { base: string; onAdded: () => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>();
  return (
    <form onSubmit={async (e) => {
      e.preventDefault();
      try { await post(`${base}/notes`, { text }); setText(''); setError(undefined); onAdded(); } catch (err) { setError(err); }
    }}>
      <Group align="flex-end">
        <Textarea label="Add a note" value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={1}
          style={{ flex: 1 }} error={fieldError(error, 'text')} />
        <Button type="submit" variant="default">Add note</Button>
      </Group>
      <ProblemNote error={error} fields={['text']} />
    </form>
  );
}

/** Corrects the device's quantity with a reason; the history then shows the adjustment. */
function AdjustForm({ tenant, device, onAdjusted }: { tenant: string; device: Device; onAdjusted: () => void }) {
  const [reason, setReason] = useState<string | null>(null);
  const [units, setUnits] = useState<number | string>('');
  const [note, setNote] = useState('');
  const { error, busy, run } = useAction();
  const counting = reason === 'count_correction';
  const size = useControlSize('md');
  return (
    <Card withBorder>
      <form onSubmit={(e) => {
        e.preventDefault();
        const delta = reason && units !== '' ? adjustmentDelta(reason, Number(units), device.quantity) : undefined;
        run(() => post(`t/${tenant}/inventory/adjustments`, { reason, note: note || undefined, lines: [{ deviceId: device.id, delta }] }),
          () => { setReason(null); setUnits(''); setNote(''); onAdjusted(); });
      }}>
        <Stack gap="xs">
          <Title order={3}>Adjust</Title>
          <ProblemNote error={error} fields={['reason', 'delta']} />
          <Select label="Reason" placeholder="Why the quantity changes" data={ADJUSTMENT_REASONS} value={reason} onChange={setReason} size={size}
            error={fieldError(error, 'reason')} />
          <NumberInput label={counting ? 'Counted quantity' : 'Units'} min={0} allowDecimal={false} value={units} onChange={setUnits} size={size}
            description={counting ? `The device holds ${device.quantity}` : undefined} error={fieldError(error, 'delta')} />
          <TextInput label="Adjustment note" value={note} onChange={(e) => setNote(e.currentTarget.value)} size={size} />
          <Button type="submit" size={size} loading={busy}>Adjust quantity</Button>
        </Stack>
      </form>
    </Card>
  );
}
