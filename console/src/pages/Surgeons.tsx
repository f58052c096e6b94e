import { Badge, Button, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post, put, query } from '../api/client';
import type { Page, Surgeon } from '../api/types';
import { ProblemNote } from '../components';
import { useControlSize } from '../lib/useControlSize';
import { useLoad } from '../lib/useLoad';
import { RecordForm } from './RecordForm';

/** The tenant's surgeons (admins): add, rename, deactivate. */
export function SurgeonsPage({ tenant }: { tenant: string }) {
  const size = useControlSize();
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
                <Table.Td><Button size={size} variant="default" onClick={() => setEditing(s)} aria-label={`Edit ${s.displayName}`}>Edit</Button></Table.Td>
              </Table.Tr>))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

const FIELDS = [['firstName', 'First name'], ['lastName', 'Last name'], ['specialty', 'Specialty']] as const;

function SurgeonForm({ tenant, surgeon, onDone }: { tenant: string; surgeon: Surgeon | null; onDone: () => void }) {
  const base = `t/${tenant}/events/surgeons`;
  return surgeon
    ? <RecordForm title={`Change ${surgeon.displayName}`} fields={FIELDS} initial={surgeon} active={surgeon.active} submitLabel="Save surgeon"
        submit={(body) => put(`${base}/${surgeon.id}`, body)} onDone={onDone} onCancel={onDone} />
    : <RecordForm title="Add a surgeon" fields={FIELDS} submitLabel="Add surgeon" submit={(body) => post(base, body)} onDone={onDone} />;
}
