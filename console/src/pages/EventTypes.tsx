import { Badge, Button, Card, Checkbox, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post, put } from '../api/client';
import type { Behaviour, EventType, Page } from '../api/types';
import { fieldError, ProblemNote } from '../components';
import { useAction } from '../lib/useAction';
import { useControlSize } from '../lib/useControlSize';
import { useLoad } from '../lib/useLoad';

const OPTIONS = [
  ['patientIdRequired', 'Patient id required'],
  ['surgeonRequired', 'Surgeon required'],
  ['facilityContactRequired', 'Facility contact required'],
  ['billingApplies', 'Billing applies'],
] as const;
type Option = (typeof OPTIONS)[number][0];
type Form = { name: string; behaviour: string | null } & Record<Option, boolean>;
const EMPTY: Form = { name: '', behaviour: null, patientIdRequired: false, surgeonRequired: false, facilityContactRequired: false, billingApplies: false };

/** The tenant's event types (admins): create one on an installed behaviour, change its options, (de)activate it. */
export function EventTypesPage({ tenant }: { tenant: string }) {
  const size = useControlSize();
  const base = `t/${tenant}/events/types`;
  const types = useLoad(() => get<Page<EventType>>(`${base}?includeInactive=true&limit=200`), [base]);
  const behaviours = useLoad(() => get<Behaviour[]>(`t/${tenant}/events/behaviours`), [tenant]);
  const [editing, setEditing] = useState<EventType | null>(null);
  const { error, run } = useAction();
  const toggle = (t: EventType) => run(() => post(`${base}/${t.id}/${t.active ? 'deactivate' : 'activate'}`), types.reload);
  return (
    <Stack>
      <Title order={2}>Event types</Title>
      <TypeForm key={editing?.id ?? 'new'} base={base} editing={editing} behaviours={behaviours.data ?? []}
        onDone={() => { setEditing(null); types.reload(); }} />
      <ProblemNote error={types.error ?? behaviours.error ?? error} />
      {types.data && (
        <Table.ScrollContainer minWidth={360}>
          <Table aria-label="Event types" striped>
            <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Behaviour</Table.Th><Table.Th>Asks for</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>{types.data.items.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Td>{t.name}</Table.Td>
                <Table.Td>{t.behaviourName}</Table.Td>
                <Table.Td><Text size="sm">{OPTIONS.filter(([k]) => t[k]).map(([, label]) => label).join(' · ') || '—'}</Text></Table.Td>
                <Table.Td><Badge color={t.active ? 'green' : 'gray'}>{t.active ? 'active' : 'inactive'}</Badge></Table.Td>
                <Table.Td><Group gap="xs" wrap="nowrap">
                  <Button size={size} variant="default" onClick={() => setEditing(t)} aria-label={`Edit ${t.name}`}>Edit</Button>
                  <Button size={size} variant="subtle" onClick={() => toggle(t)} aria-label={`${t.active ? 'Deactivate' : 'Activate'} ${t.name}`}>
                    {t.active ? 'Deactivate' : 'Activate'}</Button>
                </Group></Table.Td>
              </Table.Tr>))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function TypeForm({ base, editing, behaviours, onDone }: { base: string; editing: EventType | null; behaviours: Behaviour[]; onDone: () => void }) {
  const size = useControlSize();
  const [form, setForm] = useState<Form>(editing ? formOf(editing) : EMPTY);
  const { error, busy, run } = useAction();
  return (
    <Card withBorder>
      <form onSubmit={(e) => {
        e.preventDefault();
        run(() => editing ? put(`${base}/${editing.id}`, { ...form, behaviour: undefined }) /* the behaviour stays */ : post(base, form),
          () => { setForm(EMPTY); onDone(); });
      }}>
        <Stack gap="xs">
          <Title order={3}>{editing ? `Change ${editing.name}` : 'New event type'}</Title>
          <ProblemNote error={error} fields={['name', 'behaviour']} />
          <TextInput label="Type name" size={size} value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} error={fieldError(error, 'name')} />
          {!editing && (
            <Select label="Behaviour" size={size} placeholder="What the event does" data={behaviours.map((b) => ({ value: b.id, label: b.displayName }))}
              value={form.behaviour} onChange={(v) => setForm({ ...form, behaviour: v, billingApplies: behaviours.find((b) => b.id === v)?.billingByDefault ?? form.billingApplies })}
              error={fieldError(error, 'behaviour')} />
          )}
          <Group>{OPTIONS.map(([k, label]) => (
            <Checkbox key={k} label={label} checked={form[k]} onChange={(e) => setForm({ ...form, [k]: e.currentTarget.checked })} />
          ))}</Group>
          <Group>
            <Button type="submit" size={size} loading={busy}>{editing ? 'Save changes' : 'Create event type'}</Button>
            {editing && <Button variant="default" size={size} onClick={onDone}>Cancel</Button>}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function formOf(t: EventType): Form {
  return { name: t.name, behaviour: t.behaviour, patientIdRequired: t.patientIdRequired, surgeonRequired: t.surgeonRequired,
    facilityContactRequired: t.facilityContactRequired, billingApplies: t.billingApplies };
}
