import { Alert, Badge, Button, Card, Checkbox, Code, Group, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post } from '../api/client';
import type { Page } from '../api/types';
import { fieldError, ProblemNote } from '../components';
import { useLoad } from '../lib/useLoad';

interface TenantView { id: string; displayName: string; status: string; modules: { id: string }[]; onboarding?: Record<string, string> | null }
const MODULES = ['inventory', 'events', 'facility-stock', 'billing'];

export function OperatorTenantsPage() {
  const tenants = useLoad(() => get<Page<TenantView>>('platform/tenants?limit=200'), []);
  const [form, setForm] = useState({ id: '', displayName: '', email: '', firstName: '', lastName: '' });
  const [modules, setModules] = useState<string[]>(['inventory', 'events']);
  const [error, setError] = useState<unknown>();
  const [created, setCreated] = useState<TenantView>();
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.currentTarget.value });
  const fields = ['id', 'displayName', 'email', 'firstName', 'lastName', 'modules'];
  return (
    <Stack>
      <Title order={2}>Tenants</Title>
      <Card withBorder>
        <form onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          try {
            const t = await post<TenantView>('platform/tenants', { id: form.id, displayName: form.displayName, modules,
              admin: { email: form.email, firstName: form.firstName, lastName: form.lastName } });
            setCreated(t); setError(undefined); setForm({ id: '', displayName: '', email: '', firstName: '', lastName: '' }); tenants.reload();
          } catch (err) { setError(err); } finally { setBusy(false); }
        }}>
          <Stack gap="xs">
            <Title order={3}>Onboard a tenant</Title>
            <ProblemNote error={error} fields={fields} />
            <TextInput label="Tenant id" description="lower-case letters, digits and dashes" value={form.id} onChange={set('id')} error={fieldError(error, 'id')} />
            <TextInput label="Display name" value={form.displayName} onChange={set('displayName')} error={fieldError(error, 'displayName')} />
            <TextInput label="First admin's email" value={form.email} onChange={set('email')} error={fieldError(error, 'email')} />
            <Group grow>
              <TextInput label="First name" value={form.firstName} onChange={set('firstName')} error={fieldError(error, 'firstName')} />
              <TextInput label="Last name" value={form.lastName} onChange={set('lastName')} error={fieldError(error, 'lastName')} />
            </Group>
            <Checkbox.Group label="Modules" value={modules} onChange={setModules} error={fieldError(error, 'modules')}>
              <Group mt="xs">{MODULES.map((m) => <Checkbox key={m} value={m} label={m} />)}</Group>
            </Checkbox.Group>
            <Button type="submit" loading={busy}>Create tenant</Button>
          </Stack>
        </form>
      </Card>
      {created && (
        <Alert color="green" title={`Tenant ${created.id} created`} role="status">
          {created.onboarding && Object.keys(created.onboarding).length > 0 ? (
            <Stack gap={4}>
              <div>Shown only now — hand these to the first admin:</div>
              {Object.entries(created.onboarding).map(([k, v]) => <div key={k}>{k}: <Code data-testid="one-time">{v}</Code></div>)}
            </Stack>
          ) : 'The first admin already had an account.'}
        </Alert>
      )}
      <ProblemNote error={tenants.error} />
      {tenants.data && (
        <Table.ScrollContainer minWidth={360}>
          <Table aria-label="Tenants" striped>
            <Table.Thead><Table.Tr><Table.Th>Id</Table.Th><Table.Th>Name</Table.Th><Table.Th>Status</Table.Th><Table.Th>Modules</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>{tenants.data.items.map((t) => (
              <Table.Tr key={t.id}><Table.Td>{t.id}</Table.Td><Table.Td>{t.displayName}</Table.Td><Table.Td><Badge>{t.status}</Badge></Table.Td>
                <Table.Td>{t.modules.map((m) => m.id).join(', ')}</Table.Td></Table.Tr>))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
