import { Alert, Badge, Button, Card, Code, Group, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post, put } from '../api/client';
import type { Page } from '../api/types';
import { fieldError, ProblemNote } from '../components';
import { type Member, memberAction } from '../lib/admin';
import { useAction } from '../lib/useAction';
import { useLoad } from '../lib/useLoad';

interface Invited { member: Member; accountCreated: boolean; temporaryPassword?: string | null }
const ROLES = ['admin', 'distributor', 'sales'];

export function MembersPage({ tenant, self }: { tenant: string; self?: string }) {
  const members = useLoad(() => get<Page<Member>>(`t/${tenant}/members?limit=200`), [tenant]);
  const [form, setForm] = useState({ email: '', firstName: '', lastName: '' });
  const [role, setRole] = useState<string | null>('sales');
  const [error, setError] = useState<unknown>();
  const [invited, setInvited] = useState<Invited>();
  const change = useAction();
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.currentTarget.value });
  const act = (call: () => Promise<unknown>) => async () => { if (await change.run(call) !== undefined) members.reload(); };
  return (
    <Stack>
      <Title order={2}>Members</Title>
      <Card withBorder>
        <form onSubmit={async (e) => {
          e.preventDefault();
          try {
            setInvited(await post<Invited>(`t/${tenant}/members`, { ...form, role }));
            setError(undefined); setForm({ email: '', firstName: '', lastName: '' }); members.reload();
          } catch (err) { setError(err); }
        }}>
          <Stack gap="xs">
            <Title order={3}>Invite a person</Title>
            <ProblemNote error={error} fields={['email', 'firstName', 'lastName', 'role']} />
            <TextInput label="Email" value={form.email} onChange={set('email')} error={fieldError(error, 'email')} />
            <Group grow>
              <TextInput label="First name" value={form.firstName} onChange={set('firstName')} error={fieldError(error, 'firstName')} />
              <TextInput label="Last name" value={form.lastName} onChange={set('lastName')} error={fieldError(error, 'lastName')} />
            </Group>
            <Select label="Role" data={ROLES} value={role} onChange={setRole} allowDeselect={false} error={fieldError(error, 'role')} />
            <Button type="submit">Invite</Button>
          </Stack>
        </form>
      </Card>
      {invited && (
        <Alert color="green" title={`${invited.member.displayName} invited`}>
          {invited.temporaryPassword ? <>One-time password, shown only now: <Code>{invited.temporaryPassword}</Code></> : 'They already had an account.'}
        </Alert>
      )}
      <Card withBorder><CustodianForm tenant={tenant} done={members.reload} /></Card>
      <ProblemNote error={members.error ?? change.error} />
      {members.data && (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Members" striped>
            <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Email</Table.Th><Table.Th>Role</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>{members.data.items.map((m) => {
              const action = memberAction(m, self);
              return (
                <Table.Tr key={m.id}>
                  <Table.Td>{m.displayName}{m.kind === 'custodian' && <Badge ml="xs" variant="outline" size="sm">custodian only</Badge>}</Table.Td>
                  <Table.Td>{m.email}</Table.Td>
                  <Table.Td>
                    <Select aria-label={`Role of ${m.displayName}`} data={ROLES} value={m.role} allowDeselect={false} w={140} disabled={m.id === self}
                      onChange={(v) => v && v !== m.role && act(() => put(`t/${tenant}/members/${m.id}/role`, { role: v }))()} />
                  </Table.Td>
                  <Table.Td><Badge variant="light" color={m.status === 'disabled' ? 'gray' : 'green'}>{m.status}</Badge></Table.Td>
                  <Table.Td>{action && (
                    <Button size="xs" mih={44} variant="light" color={action === 'disable' ? 'red' : 'green'}
                      aria-label={`${action === 'disable' ? 'Disable' : 'Enable'} ${m.displayName}`}
                      onClick={act(() => post(`t/${tenant}/members/${m.id}/${action}`))}>{action === 'disable' ? 'Disable' : 'Enable'}</Button>)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** A distributor who holds stock but never signs in: a name and, optionally, an address to write to. */
function CustodianForm({ tenant, done }: { tenant: string; done: () => void }) {
  const [form, setForm] = useState({ displayName: '', email: '' });
  const action = useAction();
  return (
    <form onSubmit={async (e) => {
      e.preventDefault();
      const body = { displayName: form.displayName.trim(), email: form.email.trim() || null };
      if (await action.run(() => post<Member>(`t/${tenant}/custodians`, body))) { setForm({ displayName: '', email: '' }); done(); }
    }}>
      <Stack gap="xs">
        <Title order={3}>Add a custodian-only distributor</Title>
        <ProblemNote error={action.error} fields={['displayName', 'email']} />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput label="Distributor name" miw={200} value={form.displayName} error={fieldError(action.error, 'displayName')}
            onChange={(e) => setForm({ ...form, displayName: e.currentTarget.value })} />
          <TextInput label="Contact email (optional)" miw={200} value={form.email} error={fieldError(action.error, 'email')}
            onChange={(e) => setForm({ ...form, email: e.currentTarget.value })} />
        </Group>
        <Button type="submit" loading={action.busy} mih={44}>Add the distributor</Button>
      </Stack>
    </form>
  );
}
