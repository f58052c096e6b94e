import { ActionIcon, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post, put } from '../api/client';
import type { Contact, Facility } from '../api/types';
import { Link, ProblemNote } from '../components';
import { addressLine, moved, toggled } from '../lib/ops';
import { useAction } from '../lib/useAction';
import { useControlSize } from '../lib/useControlSize';
import { useLoad } from '../lib/useLoad';
import { FacilityEditor } from './Facilities';
import { RecordForm } from './RecordForm';

/** One facility (admins): its details, its contacts and the order in which contacts receive its sales orders. */
export function FacilityDetailPage({ tenant, id }: { tenant: string; id: string }) {
  const size = useControlSize();
  const base = `t/${tenant}/events/facilities/${id}`;
  const facility = useLoad(() => get<Facility>(base), [base]);
  const contacts = useLoad(() => get<Contact[]>(`${base}/contacts?includeInactive=true`), [base]);
  const [editing, setEditing] = useState<Contact | null>(null);
  const { error, run } = useAction();
  const reload = () => { facility.reload(); contacts.reload(); };
  const act = (write: () => Promise<unknown>) => run(write, reload);
  const f = facility.data;
  const billing = (f?.billingContacts ?? []).map((c) => c.id);
  const order = (ids: string[]) => act(() => put(`${base}/billing-contacts`, { contactIds: ids }));
  return (
    <Stack>
      <Link to={`/t/${tenant}/admin/facilities`}>← Facilities</Link>
      <ProblemNote error={facility.error ?? contacts.error ?? error} />
      {f && (
        <>
          <Group justify="space-between">
            <Title order={2}>{f.name}</Title>
            <Group gap="xs">
              <Badge color={f.active ? 'green' : 'gray'}>{f.active ? 'active' : 'inactive'}</Badge>
              <Button size={size} variant="default" onClick={() => act(() => post(`${base}/${f.active ? 'deactivate' : 'activate'}`))}>
                {f.active ? 'Deactivate facility' : 'Activate facility'}</Button>
            </Group>
          </Group>
          <Text>{addressLine(f.address)}{f.phone ? ` · ${f.phone}` : ''}</Text>
          <FacilityEditor key={`${f.name}|${f.phone}|${addressLine(f.address)}`} tenant={tenant} facility={f} onSaved={reload} />
          <Title order={3}>Billing contacts</Title>
          <Text size="sm" c="dimmed">Sales orders go to the first; the others follow in this order.</Text>
          {f.billingContacts.length === 0 && <Text>No billing contacts yet: add one from the contacts below.</Text>}
          <Stack gap={4} aria-label="Billing contacts" role="list">{f.billingContacts.map((c, i) => (
            <Group key={c.id} role="listitem" gap="xs" wrap="nowrap">
              <Text style={{ flex: 1 }}>{i + 1}. {c.name}{c.email ? ` · ${c.email}` : ''}</Text>
              <ActionIcon size={44} variant="default" aria-label={`Move ${c.name} up`} disabled={i === 0} onClick={() => order(moved(billing, c.id, -1))}>↑</ActionIcon>
              <ActionIcon size={44} variant="default" aria-label={`Move ${c.name} down`} disabled={i === billing.length - 1} onClick={() => order(moved(billing, c.id, 1))}>↓</ActionIcon>
              <Button size={size} variant="subtle" onClick={() => order(toggled(billing, c.id))}>Remove {c.name}</Button>
            </Group>))}
          </Stack>
        </>
      )}
      <Title order={3}>Contacts</Title>
      <ContactForm key={editing?.id ?? 'new'} base={base} contact={editing} onDone={() => { setEditing(null); reload(); }} />
      {contacts.data && (
        <Table.ScrollContainer minWidth={360}>
          <Table aria-label="Contacts" striped>
            <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Title</Table.Th><Table.Th>Email</Table.Th><Table.Th>Phone</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>{contacts.data.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.name}</Table.Td><Table.Td>{c.title}</Table.Td><Table.Td>{c.email}</Table.Td><Table.Td>{c.phone}</Table.Td>
                <Table.Td><Badge variant="light" color={c.active ? 'green' : 'gray'}>{c.active ? (c.billingRank ? `billing ${c.billingRank}` : 'active') : 'inactive'}</Badge></Table.Td>
                <Table.Td><Group gap="xs" wrap="nowrap">
                  <Button size={size} variant="default" onClick={() => setEditing(c)} aria-label={`Edit ${c.name}`}>Edit</Button>
                  {c.active && c.email && !billing.includes(c.id) && (
                    <Button size={size} variant="subtle" onClick={() => order(toggled(billing, c.id))}>Bill {c.name}</Button>)}
                </Group></Table.Td>
              </Table.Tr>))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

const FIELDS = [['name', 'Contact name'], ['title', 'Title'], ['email', 'Email'], ['phone', 'Phone']] as const;

function ContactForm({ base, contact, onDone }: { base: string; contact: Contact | null; onDone: () => void }) {
  return contact
    ? <RecordForm title={`Change ${contact.name}`} fields={FIELDS} initial={contact} active={contact.active} submitLabel="Save contact"
        submit={(body) => put(`${base}/contacts/${contact.id}`, body)} onDone={onDone} onCancel={onDone} />
    : <RecordForm title="Add a contact" fields={FIELDS} submitLabel="Add contact" submit={(body) => post(`${base}/contacts`, body)} onDone={onDone} />;
}
