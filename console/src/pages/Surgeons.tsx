import { Badge, Button, Card, Checkbox, Group, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post, put, query } from '../api/client';
import type { Page, Surgeon } from '../api/types';
import { fieldError, ProblemNote } from '../components';
import { withoutBlanks } from '../lib/ops';
import { useLoad } from '../lib/useLoad';

/** The tenant's surgeons (admins): add, rename, deactivate. */
export function SurgeonsPage({ tenant }: { tenant: string }) {
  const [q, setQ] = useState('');
  const surgeons = useLoad(() => get<Page<Surgeon>>(`t/${tenant}/events/surgeons${query({ q, includeInactive: true, limit: 200 })}`), [tenant, q]);
  const [editing, setEditing] = useState<Surgeon | null>(null);
  return (
    <Stack>
      <Title order={2}>Surgeons</Title>
      <SurgeonForm key={editing?.id ?? 'new'} tenant={tenant} surgeon={editing} onDone={() => { setEditing(null); surgeons.reload(); }} />
      <TextInput label="Search surgeons" value={q} onChange={(e) => setQ(e.currentTarget.value)} />
      <ProblemNote error={surgeons.error} />
      {surgeons.data && (
        <Table.ScrollContainer minWidth={360}>
          <Table aria-label="Surgeons" striped>
            <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Specialty</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>{surgeons.data.items.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.displayName}</Table.Td><Table.Td>{s.specialty}</Table.Td>
                <Table.Td><Badge color={s.active ? 'green' : 'gray'}>{s.active ? 'active' : 'inactive'}</Badge></Table.Td>
                <Table.Td><Button size="sm" variant="default" onClick={() => setEditing(s)} aria-label={`Edit ${s.displayName}`}>Edit</Button></Table.Td>
              </Table.Tr>))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

const EMPTY = { firstName: '', lastName: '', specialty: '' };

function SurgeonForm({ tenant, surgeon, onDone }: { tenant: string; surgeon: Surgeon | null; onDone: () => void }) {
  const [form, setForm] = useState(surgeon ? { ...EMPTY, ...withoutBlanks({ firstName: surgeon.firstName, lastName: surgeon.lastName, specialty: surgeon.specialty }) } : EMPTY);
  const [active, setActive] = useState(surgeon?.active ?? true);
  const [error, setError] = useState<unknown>();
  const set = (k: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.currentTarget.value });
  return (
    <Card withBorder>
      <form onSubmit={async (e) => {
        e.preventDefault();
        try {
          if (surgeon) await put(`t/${tenant}/events/surgeons/${surgeon.id}`, { ...withoutBlanks(form), active });
          else await post(`t/${tenant}/events/surgeons`, withoutBlanks(form));
          setError(undefined); setForm(EMPTY); onDone();
        } catch (err) { setError(err); }
      }}>
        <Stack gap="xs">
          <Title order={3}>{surgeon ? `Change ${surgeon.displayName}` : 'Add a surgeon'}</Title>
          <ProblemNote error={error} fields={Object.keys(EMPTY)} />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput label="First name" miw={160} value={form.firstName} onChange={set('firstName')} error={fieldError(error, 'firstName')} />
            <TextInput label="Last name" miw={160} value={form.lastName} onChange={set('lastName')} error={fieldError(error, 'lastName')} />
            <TextInput label="Specialty" miw={160} value={form.specialty} onChange={set('specialty')} error={fieldError(error, 'specialty')} />
          </Group>
          {surgeon && <Checkbox label="Active" checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />}
          <Group>
            <Button type="submit">{surgeon ? 'Save surgeon' : 'Add surgeon'}</Button>
            {surgeon && <Button variant="default" onClick={onDone}>Cancel</Button>}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
