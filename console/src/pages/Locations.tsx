import { Card, Checkbox, Select, SimpleGrid, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post, put } from '../api/client';
import type { Page } from '../api/types';
import { fieldError, ProblemNote } from '../components';
import { ADDRESS_FIELDS, addressLine, type Place, placeForm, type PlaceForm, placeRequest } from '../lib/admin';
import { useAction } from '../lib/useAction';
import { useLoad } from '../lib/useLoad';
import { ActiveBadge, EditButton, EditModal, SaveForm } from './AdminParts';

const ADDRESS_LABELS: Record<(typeof ADDRESS_FIELDS)[number], string> = {
  line1: 'Street and number', line2: 'Address line 2', city: 'City', region: 'Region', postalCode: 'Postal code', country: 'Country (two letters)',
};

/** Offices and warehouses that hold inventory: a table, a form to add one, the same form in a dialog to change one. */
export function LocationsPage({ tenant }: { tenant: string }) {
  const places = useLoad(() => get<Page<Place>>(`t/${tenant}/inventory/locations?limit=200`), [tenant]);
  const [editing, setEditing] = useState<Place>();
  const base = `t/${tenant}/inventory/locations`;
  return (
    <Stack>
      <Title order={2}>Locations</Title>
      <ProblemNote error={places.error} />
      <Table.ScrollContainer minWidth={480}>
        <Table aria-label="Locations" striped>
          <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Kind</Table.Th><Table.Th>Address</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>{(places.data?.items ?? []).map((p) => (
            <Table.Tr key={p.id}><Table.Td>{p.name}</Table.Td><Table.Td>{p.kind}</Table.Td><Table.Td>{addressLine(p.address)}</Table.Td>
              <Table.Td><ActiveBadge active={p.active} /></Table.Td><Table.Td><EditButton name={p.name} onClick={() => setEditing(p)} /></Table.Td></Table.Tr>))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Card withBorder><PlaceFormView title="Add a location" save={(body) => post(base, body)} done={places.reload} /></Card>
      <EditModal title={`Edit ${editing?.name ?? ''}`} opened={!!editing} onClose={() => setEditing(undefined)}>
        {editing && <PlaceFormView place={editing} save={(body) => put(`${base}/${editing.id}`, body)}
          done={() => { setEditing(undefined); places.reload(); }} />}
      </EditModal>
    </Stack>
  );
}

function PlaceFormView({ place, title, save, done }: { place?: Place; title?: string; save: (body: unknown) => Promise<unknown>; done: () => void }) {
  const [form, setForm] = useState<PlaceForm>(placeForm(place));
  const action = useAction();
  return (
    <SaveForm title={title} label={place ? 'Save the location' : 'Add the location'} busy={action.busy} onSave={async () => {
      if (await action.run(() => save(placeRequest(form))) !== undefined) { setForm(placeForm(place)); done(); }
    }}>
      <ProblemNote error={action.error} fields={['name', 'kind', ...ADDRESS_FIELDS]} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <TextInput label="Location name" value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
          error={fieldError(action.error, 'name')} />
        <Select label="Kind" data={['warehouse', 'office']} value={form.kind} allowDeselect={false}
          onChange={(v) => v && setForm({ ...form, kind: v })} error={fieldError(action.error, 'kind')} />
        {ADDRESS_FIELDS.map((k) => (
          <TextInput key={k} label={ADDRESS_LABELS[k]} value={form.address[k]} error={fieldError(action.error, k)}
            onChange={(e) => setForm({ ...form, address: { ...form.address, [k]: e.currentTarget.value } })} />
        ))}
      </SimpleGrid>
      {place && <Checkbox label="Active (receives transfers)" checked={form.active} onChange={(e) => setForm({ ...form, active: e.currentTarget.checked })} />}
    </SaveForm>
  );
}
