import { Alert, Badge, Button, Card, Code, Group, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post } from '../api/client';
import type { Page } from '../api/types';
import { fieldError, ProblemNote } from '../components';
import { useLoad } from '../lib/useLoad';

interface MemberView { id: string; displayName: string; role: string; kind: string; status: string; email?: string }
interface Invited { member: MemberView; accountCreated: boolean; temporaryPassword?: string | null }

export function MembersPage({ tenant }: { tenant: string }) {
  const members = useLoad(() => get<Page<MemberView>>(`t/${tenant}/members?limit=200`), [tenant]);
  const [form, setForm] = useState({ email: '', firstName: '', lastName: '' });
  const [role, setRole] = useState<string | null>('sales');
  const [error, setError] = useState<unknown>();
  const [invited, setInvited] = useState<Invited>();
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.currentTarget.value });
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
            <Select label="Role" data={['admin', 'distributor', 'sales']} value={role} onChange={setRole} allowDeselect={false} error={fieldError(error, 'role')} />
            <Button type="submit">Invite</Button>
          </Stack>
        </form>
      </Card>
      {invited && (
        <Alert color="green" title={`${invited.member.displayName} invited`}>
          {invited.temporaryPassword ? <>One-time password, shown only now: <Code>{invited.temporaryPassword}</Code></> : 'They already had an account.'}
        </Alert>
      )}
      <ProblemNote error={members.error} />
      {members.data && (
        <Table.ScrollContainer minWidth={360}>
          <Table aria-label="Members" striped>
            <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Email</Table.Th><Table.Th>Role</Table.Th><Table.Th>Status</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>{members.data.items.map((m) => (
              <Table.Tr key={m.id}><Table.Td>{m.displayName}</Table.Td><Table.Td>{m.email}</Table.Td><Table.Td>{m.role}</Table.Td>
                <Table.Td><Badge variant="light">{m.status}</Badge></Table.Td></Table.Tr>))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
