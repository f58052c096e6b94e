import { Badge, Group, Stack, Switch, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post, put, query } from '../api/client';
import type { Facility, Page } from '../api/types';
import { Link, ProblemNote } from '../components';
import { addressLine } from '../lib/ops';
import { useLoad } from '../lib/useLoad';
import { RecordForm } from './RecordForm';

const FIELDS = [
  ['name', 'Facility name'], ['street', 'Street'], ['line2', 'Address line 2'], ['city', 'City'], ['region', 'Region'],
  ['postalCode', 'Postal code'], ['country', 'Country'], ['phone', 'Phone'],
] as const;

/** The tenant's facilities (admins): search, add one, open one for its contacts. */
export function FacilitiesPage({ tenant }: { tenant: string }) {
  const [q, setQ] = useState('');
  const [inactive, setInactive] = useState(false);
  const facilities = useLoad(() => get<Page<Facility>>(`t/${tenant}/events/facilities${query({ q, includeInactive: inactive, limit: 200 })}`),
    [tenant, q, inactive]);
  return (
    <Stack>
      <Title order={2}>Facilities</Title>
      <FacilityEditor tenant={tenant} onSaved={facilities.reload} />
      <Group align="flex-end">
        <TextInput label="Search facilities" value={q} onChange={(e) => setQ(e.currentTarget.value)} style={{ flex: 1 }} />
        <Switch label="Show inactive" checked={inactive} onChange={(e) => setInactive(e.currentTarget.checked)} />
      </Group>
      <ProblemNote error={facilities.error} />
      {facilities.data && (
        <Table.ScrollContainer minWidth={360}>
          <Table aria-label="Facilities" striped>
            <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Address</Table.Th><Table.Th>Phone</Table.Th><Table.Th>Status</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>{facilities.data.items.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td><Link to={`/t/${tenant}/admin/facilities/${f.id}`}>{f.name}</Link></Table.Td>
                <Table.Td>{addressLine(f.address)}</Table.Td>
                <Table.Td>{f.phone}</Table.Td>
                <Table.Td><Badge color={f.active ? 'green' : 'gray'}>{f.active ? 'active' : 'inactive'}</Badge></Table.Td>
              </Table.Tr>))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** Adds a facility, or changes the one given. */
export function FacilityEditor({ tenant, facility, onSaved }: { tenant: string; facility?: Facility; onSaved: () => void }) {
  const base = `t/${tenant}/events/facilities`;
  return facility
    ? <RecordForm title="Change the facility" fields={FIELDS} initial={{ ...facility.address, name: facility.name, phone: facility.phone }}
        submitLabel="Save facility" submit={(body) => put(`${base}/${facility.id}`, body)} onDone={onSaved} />
    : <RecordForm title="Add a facility" fields={FIELDS} submitLabel="Add facility" submit={(body) => post(base, body)} onDone={onSaved} />;
}
