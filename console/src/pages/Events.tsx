import { Badge, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { get, post, query } from '../api/client';
import type { Device, MyContext, Page } from '../api/types';
import { fieldError, Link, ProblemNote } from '../components';
import type { Review } from '../lib/billing';
import { isSubmitted } from '../lib/nav';
import { navigate } from '../lib/router';
import { alreadyInThisEvent, retried } from '../lib/retry';
import { useLoad } from '../lib/useLoad';
import { CameraScanner } from '../scanner';
import { deviceForScan, type ScannedUdi } from '../lib/scan';
import { EventBilling, SignAndClose } from './Billing';

interface EventSummary { id: string; name: string; date: string; status: string; behaviour: string; facilityId: string }
interface EventLine { id: string; deviceId: string; quantity: number; usage: string; inEvent: boolean }
interface EventView extends EventSummary { lines: EventLine[]; submissions: number }
interface Named { id: string; name: string; active?: boolean }

export function EventsPage({ tenant }: { tenant: string }) {
  const [status, setStatus] = useState<string | null>(null);
  const events = useLoad(() => get<Page<EventSummary>>(`t/${tenant}/events${query({ status, limit: 100 })}`), [tenant, status]);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Events</Title>
        <Button size="md" onClick={() => navigate(`/t/${tenant}/events/new`)}>New case</Button>
      </Group>
      <Select label="Status" placeholder="Any" clearable data={['open', 'submitted', 'reopened']} value={status} onChange={setStatus} size="md" />
      <ProblemNote error={events.error} />
      {events.data?.items.length === 0 && <Text>No events.</Text>}
      {events.data?.items.map((e) => (
        <Card key={e.id} withBorder padding="sm">
          <Group justify="space-between"><Link to={`/t/${tenant}/events/${e.id}`}>{e.name}</Link><Badge>{e.status}</Badge></Group>
          <Text size="sm">{e.date} · {e.behaviour}</Text>
        </Card>
      ))}
    </Stack>
  );
}

export function NewEventPage({ tenant, context }: { tenant: string; context: MyContext }) {
  const types = useLoad(() => get<Page<Named>>(`t/${tenant}/events/types?limit=200`), [tenant]);
  const facilities = useLoad(() => get<Page<Named>>(`t/${tenant}/events/facilities?limit=200`), [tenant]);
  const surgeons = useLoad(() => get<Page<{ id: string; displayName: string; active: boolean }>>(`t/${tenant}/events/surgeons?limit=200`), [tenant]);
  const [surgeonId, setSurgeonId] = useState<string | null>(null);
  const [patientId, setPatientId] = useState('');
  const [typeId, setTypeId] = useState<string | null>(null);
  const [facilityId, setFacilityId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [error, setError] = useState<unknown>();
  const fields = ['typeId', 'facilityId', 'name', 'date', 'representativeId', 'surgeonId', 'patientId'];
  return (
    <Stack>
      <Title order={2}>New case</Title>
      <form onSubmit={async (e) => {
        e.preventDefault();
        try {
          const created = await post<EventView>(`t/${tenant}/events`, { typeId, facilityId, name, date, representativeId: context.memberId,
            surgeonId: surgeonId ?? undefined, patientId: patientId || undefined });
          navigate(`/t/${tenant}/events/${created.id}`);
        } catch (err) { setError(err); }
      }}>
        <Stack gap="sm">
          <ProblemNote error={error} fields={fields} />
          <Select label="Type" data={(types.data?.items ?? []).filter((t) => t.active !== false).map((t) => ({ value: t.id, label: t.name }))}
            value={typeId} onChange={setTypeId} size="md" error={fieldError(error, 'typeId')} />
          <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} size="md" error={fieldError(error, 'name')} />
          <TextInput label="Date" type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} size="md" error={fieldError(error, 'date')} />
          <Select label="Facility" data={(facilities.data?.items ?? []).filter((f) => f.active !== false).map((f) => ({ value: f.id, label: f.name }))}
            value={facilityId} onChange={setFacilityId} searchable size="md" error={fieldError(error, 'facilityId')} />
          <Select label="Surgeon" data={(surgeons.data?.items ?? []).filter((x) => x.active !== false).map((x) => ({ value: x.id, label: x.displayName }))}
            value={surgeonId} onChange={setSurgeonId} searchable clearable size="md" error={fieldError(error, 'surgeonId')} />
          <TextInput label="Patient id" value={patientId} onChange={(e) => setPatientId(e.currentTarget.value)} size="md" error={fieldError(error, 'patientId')} />
          <Button type="submit" size="lg">Create case</Button>
        </Stack>
      </form>
    </Stack>
  );
}

export function EventDetailPage({ tenant, id, context }: { tenant: string; id: string; context: MyContext }) {
  const base = `t/${tenant}/events/${id}`;
  const event = useLoad(() => get<EventView>(base), [base]);
  const mine = useLoad(() => get<Page<Device>>(`t/${tenant}/inventory/devices${query({ custodian: context.memberId, limit: 200 })}`), [tenant]);
  const [deviceId, setDeviceId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [scanStatus, setScanStatus] = useState<string>();
  const handled = useRef(new Set<string>());
  const markUsed = (device: string) => retried(() => post(`${base}/lines`, { deviceId: device, usage: 'used' }), alreadyInThisEvent);
  const act = async (what: () => Promise<unknown>) => {
    setBusy(true);
    try { await what(); setError(undefined); event.reload(); mine.reload(); } catch (err) { setError(err); } finally { setBusy(false); }
  };
  const e = event.data;
  const open = e && !isSubmitted(e.status);
  const inEvent = new Set(e?.lines.filter((l) => l.inEvent).map((l) => l.deviceId));
  const deviceLabel = (d: Device) => `${d.item.catalogNumber} ${d.serial ?? d.lot ?? ''}`.trim();
  // Labels of devices once seen in the person's stock: a used device leaves it when the event is submitted.
  const seen = useRef(new Map<string, Device>());
  (mine.data?.items ?? []).forEach((d) => seen.current.set(d.id, d));
  const devices = seen.current;
  // In tenants with billing, an event of a billed type is signed and closed instead of submitted.
  const billed = context.modules.includes('billing');
  const used = e?.lines.filter((l) => l.inEvent).length;
  const review = useLoad(() => (billed && open ? get<Review>(`t/${tenant}/billing/events/${id}/review`) : Promise.resolve(null)),
    [tenant, id, billed, open, used]);
  const signAndClose = !!(open && review.data?.billingApplies);
  const plainSubmit = !billed || (review.data != null && !review.data.billingApplies) || review.error != null;
  return (
    <Stack>
      <Link to={`/t/${tenant}/events`}>← Events</Link>
      <ProblemNote error={event.error} />
      {e && (
        <Card withBorder>
          <Group justify="space-between"><Title order={2}>{e.name}</Title><Badge size="lg" aria-label="Event status">{e.status}</Badge></Group>
          <Text>{e.date} · {e.behaviour}</Text>
        </Card>
      )}
      <ProblemNote error={error} fields={['deviceId']} />
      <ProblemNote error={mine.error} />
      {open && (
        <Card withBorder>
          <Stack gap="xs">
            <Select label="Device used" placeholder="Choose from your stock" searchable size="lg"
              data={(mine.data?.items ?? []).filter((d) => !inEvent.has(d.id) && !d.inactive).map((d) => ({ value: d.id, label: deviceLabel(d) }))}
              value={deviceId} onChange={setDeviceId} error={fieldError(error, 'deviceId')} />
            <Button size="lg" loading={busy} disabled={!deviceId}
              onClick={() => act(async () => { await markUsed(deviceId!); setDeviceId(null); })}>Mark used</Button>
            <CameraScanner label="Scan to mark used" status={scanStatus} onScan={(text) => {
              if (handled.current.has(text)) return; // the camera reads the same code many times a second
              handled.current.add(text);
              act(async () => {
                try {
                  const parsed = await post<ScannedUdi>(`t/${tenant}/inventory/udi/parse`, { udi: text });
                  const device = deviceForScan((mine.data?.items ?? []).filter((d) => !inEvent.has(d.id)), parsed);
                  if (!device) { setScanStatus(`Not in your stock: ${parsed.serial ?? parsed.lot ?? parsed.gtin}`); return; }
                  await markUsed(device.id);
                  setScanStatus(`Marked used: ${deviceLabel(device)}`);
                } catch (error) {
                  handled.current.delete(text); // a failed scan may be tried again
                  throw error;
                }
              });
            }} />
          </Stack>
        </Card>
      )}
      {e && (
        <Table aria-label="Devices in the event">
          <Table.Thead><Table.Tr><Table.Th>Device</Table.Th><Table.Th>Usage</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {e.lines.filter((l) => l.inEvent).map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>{devices.get(l.deviceId) ? deviceLabel(devices.get(l.deviceId)!) : l.deviceId.slice(0, 8)}</Table.Td>
                <Table.Td>{l.usage}</Table.Td>
                <Table.Td>{open && <Button size="xs" variant="subtle" onClick={() => act(() => post(`${base}/lines/${l.id}/remove`, {}))}>Remove</Button>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {e && open && plainSubmit && !signAndClose && <Button size="lg" color="green" loading={busy} onClick={() => act(() => post(`${base}/submit`, {}))}>Submit</Button>}
      {e && signAndClose && review.data && <SignAndClose tenant={tenant} eventId={id} review={review.data} onClosed={() => { event.reload(); mine.reload(); }} />}
      {e && !open && billed && <EventBilling key={`${e.status}/${e.submissions}`} tenant={tenant} eventId={id} />}
      {e && !open && <Button size="lg" variant="default" loading={busy} onClick={() => act(() => post(`${base}/reopen`))}>Reopen</Button>}
    </Stack>
  );
}
