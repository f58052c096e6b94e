import { Alert, Badge, Button, Card, Checkbox, Code, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post } from '../api/client';
import type { InstalledModule, Page, Tenant } from '../api/types';
import { fieldError, ProblemNote } from '../components';
import { modulesToOffer, tenantActions } from '../lib/ops';
import { useAction } from '../lib/useAction';
import { useControlSize } from '../lib/useControlSize';
import { useLoad } from '../lib/useLoad';

type TenantView = Omit<Tenant, 'onboarding'> & { onboarding?: Record<string, string> | null };

export function OperatorTenantsPage() {
  const size = useControlSize();
  const tenants = useLoad(() => get<Page<TenantView>>('platform/tenants?limit=200'), []);
  const installed = useLoad(() => get<InstalledModule[]>('platform/modules'), []);
  const offered = modulesToOffer(installed.data ?? [], []);
  const [managing, setManaging] = useState<string | null>(null);
  const managed = tenants.data?.items.find((t) => t.id === managing);
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
              <Group mt="xs">{offered.map((m) => <Checkbox key={m} value={m} label={m} />)}</Group>
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
      <ProblemNote error={tenants.error ?? installed.error} />
      {managed && <ManageTenant key={managed.id} tenant={managed} offered={modulesToOffer(installed.data ?? [], managed.modules.map((m) => m.id))}
        onChanged={tenants.reload} onClose={() => setManaging(null)} />}
      {tenants.data && (
        <Table.ScrollContainer minWidth={360}>
          <Table aria-label="Tenants" striped>
            <Table.Thead><Table.Tr><Table.Th>Id</Table.Th><Table.Th>Name</Table.Th><Table.Th>Status</Table.Th><Table.Th>Modules</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>{tenants.data.items.map((t) => (
              <Table.Tr key={t.id}><Table.Td>{t.id}</Table.Td><Table.Td>{t.displayName}</Table.Td><Table.Td><Badge color={STATUS_COLOR[t.status]}>{t.status}</Badge></Table.Td>
                <Table.Td>{t.modules.map((m) => m.id).join(', ')}</Table.Td>
                <Table.Td><Button size={size} variant="default" aria-label={`Manage ${t.id}`} onClick={() => setManaging(t.id)}>Manage</Button></Table.Td></Table.Tr>))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

const STATUS_COLOR: Record<string, string> = { active: 'green', suspended: 'orange', failed: 'red', provisioning: 'blue' };

/** One tenant's status and modules, with what the operator may do about them: suspend, resume, retry, add modules. */
function ManageTenant({ tenant, offered, onChanged, onClose }: { tenant: TenantView; offered: string[]; onChanged: () => void; onClose: () => void }) {
  const size = useControlSize();
  const [reason, setReason] = useState('');
  const [adding, setAdding] = useState<string[]>([]);
  const { error, busy, run } = useAction();
  const base = `platform/tenants/${encodeURIComponent(tenant.id)}`;
  const act = (path: string, body?: unknown) => run(() => post(`${base}/${path}`, body), () => { setReason(''); setAdding([]); onChanged(); });
  const actions = tenantActions(tenant.status);
  return (
    <Card withBorder data-testid="managed-tenant">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3}>{tenant.displayName} ({tenant.id})</Title>
          <Button size={size} variant="subtle" onClick={onClose}>Close</Button>
        </Group>
        <Group gap="xs"><Text>Status</Text><Badge color={STATUS_COLOR[tenant.status]} aria-label="Tenant status">{tenant.status}</Badge>
          {tenant.statusDetail && <Text size="sm" c="dimmed">{tenant.statusDetail}</Text>}</Group>
        <Group gap="xs"><Text>Database cluster</Text><Badge variant="light" color="gray" aria-label="Database cluster">{tenant.cluster ?? 'main'}</Badge>
          <Text size="sm" c="dimmed">moved with bin/tenant-move</Text></Group>
        <ProblemNote error={error} fields={['reason', 'modules']} />
        {actions.includes('suspend') && (
          <Group align="flex-end">
            <TextInput label="Reason for suspending" size={size} value={reason} onChange={(e) => setReason(e.currentTarget.value)} style={{ flex: 1 }}
              error={fieldError(error, 'reason')} />
            <Button size={size} color="orange" loading={busy} onClick={() => act('suspend', { reason })}>Suspend tenant</Button>
          </Group>
        )}
        {actions.includes('resume') && <Group><Button size={size} loading={busy} onClick={() => act('resume')}>Resume tenant</Button></Group>}
        {actions.includes('retry') && <Group><Button size={size} loading={busy} onClick={() => act('retry')}>Retry provisioning</Button></Group>}
        <Table aria-label="Tenant modules">
          <Table.Thead><Table.Tr><Table.Th>Module</Table.Th><Table.Th>Schema version</Table.Th><Table.Th>Enabled</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>{tenant.modules.map((m) => (
            <Table.Tr key={m.id}><Table.Td>{m.id}</Table.Td><Table.Td>{m.version ?? '—'}</Table.Td>
              <Table.Td>{m.enabledAt ? new Date(m.enabledAt).toLocaleDateString() : ''}</Table.Td></Table.Tr>))}
          </Table.Tbody>
        </Table>
        {tenant.status === 'active' && offered.length > 0 && (
          <Group align="flex-end">
            <Checkbox.Group label="Add modules" value={adding} onChange={setAdding} error={fieldError(error, 'modules')}>
              <Group mt="xs">{offered.map((m) => <Checkbox key={m} value={m} label={m} />)}</Group>
            </Checkbox.Group>
            <Button size={size} loading={busy} disabled={adding.length === 0} onClick={() => act('modules', { modules: adding })}>Enable modules</Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
