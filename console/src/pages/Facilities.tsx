import { Badge, Button, Card, Group, Stack, Switch, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post, put, query } from '../api/client';
import type { Facility, Page } from '../api/types';
import { fieldError, Link, ProblemNote } from '../components';
import { addressLine, withoutBlanks } from '../lib/ops';
import { useLoad } from '../lib/useLoad';

const FIELDS = [
  ['name', 'Facility name'], ['street', 'Street'], ['line2', 'Address line 2'], ['city', 'City'], ['region', 'Region'],
  ['postalCode', 'Postal code'], ['country', 'Country'], ['phone', 'Phone'],
] as const;
type FacilityForm = Record<(typeof FIELDS)[number][0], string>;
const EMPTY: FacilityForm = { name: '', street: '', line2: '', city: '', region: '', postalCode: '', country: '', phone: '' };

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
  const [form, setForm] = useState<FacilityForm>(facility ? { ...EMPTY, ...withoutBlanks({ ...facility.address, name: facility.name, phone: facility.phone }) } : EMPTY);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  return (
    <Card withBorder>
      <form onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        try {
          const body = withoutBlanks(form);
          if (facility) await put(`t/${tenant}/events/facilities/${facility.id}`, body);
          else { await post(`t/${tenant}/events/facilities`, body); setForm(EMPTY); }
          setError(undefined); onSaved();
        } catch (err) { setError(err); } finally { setBusy(false); }
      }}>
        <Stack gap="xs">
          <Title order={3}>{facility ? 'Change the facility' : 'Add a facility'}</Title>
          <ProblemNote error={error} fields={FIELDS.map(([k]) => k)} />
          <Group grow align="flex-start" wrap="wrap">
            {FIELDS.map(([k, label]) => (
              <TextInput key={k} label={label} miw={160} value={form[k]} onChange={(e) => setForm({ ...form, [k]: e.currentTarget.value })}
                error={fieldError(error, k)} />
            ))}
          </Group>
          <Group><Button type="submit" loading={busy}>{facility ? 'Save facility' : 'Add facility'}</Button></Group>
        </Stack>
      </form>
    </Card>
  );
}
