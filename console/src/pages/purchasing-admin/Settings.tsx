import { Checkbox, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post, put } from '../../api/client';
import type { PurchasingSettings } from '../../api/types';
import { fieldError, ProblemNote } from '../../components';
import { numberOrNull, type ReasonCode } from '../../lib/purchasing';
import { useLoad } from '../../lib/useLoad';
import { FormCard, ListTable, useAction } from './parts';

export function SettingsSection({ tenant }: { tenant: string }) {
  const settings = useLoad(() => get<PurchasingSettings>(`t/${tenant}/purchasing/settings`), [tenant]);
  return (
    <Stack>
      <ProblemNote error={settings.error} />
      {settings.data && <SettingsForm tenant={tenant} current={settings.data} />}
      <ReasonCodes tenant={tenant} />
    </Stack>
  );
}

function SettingsForm({ tenant, current }: { tenant: string; current: PurchasingSettings }) {
  const [horizon, setHorizon] = useState<number | string>(current.expiryHorizonDays);
  const [requisitions, setRequisitions] = useState(current.requisitionsEnabled);
  const [saved, setSaved] = useState(false);
  const { error, run } = useAction();
  const save = async () => {
    setSaved(await run(() => put(`t/${tenant}/purchasing/settings`, { expiryHorizonDays: numberOrNull(horizon), requisitionsEnabled: requisitions })));
  };
  return (
    <FormCard title="Purchasing settings" error={error} fields={['expiryHorizonDays']} submit="Save the settings" onSubmit={save}>
      <NumberInput label="Expiry horizon (days): units expiring sooner do not count as on hand" size="md" min={0} max={3650}
        value={horizon} onChange={(v) => { setHorizon(v); setSaved(false); }} error={fieldError(error, 'expiryHorizonDays')} />
      <Checkbox size="md" label="Recipients may request items (requisitions)" checked={requisitions}
        onChange={(e) => { setRequisitions(e.currentTarget.checked); setSaved(false); }} />
      {saved && <Text role="status">Settings saved.</Text>}
    </FormCard>
  );
}

function ReasonCodes({ tenant }: { tenant: string }) {
  const base = `t/${tenant}/purchasing/reason-codes`;
  const codes = useLoad(() => get<ReasonCode[]>(base), [base]);
  const [form, setForm] = useState({ code: '', label: '', requiresReimbursement: false });
  const { error, run } = useAction();
  const add = async () => {
    if (await run(() => post(base, form))) { setForm({ code: '', label: '', requiresReimbursement: false }); codes.reload(); }
  };
  return (
    <Stack>
      <Title order={3}>Spillage reason codes</Title>
      <ProblemNote error={codes.error} />
      {codes.data?.length === 0 && <Text>No reason codes yet.</Text>}
      <ListTable label="Reason codes" head={['Code', 'Reason', 'Reimbursement']}>
        {codes.data?.map((r) => (
          <Table.Tr key={r.id}><Table.Td>{r.code}</Table.Td><Table.Td>{r.label}</Table.Td>
            <Table.Td>{r.requiresReimbursement ? 'required' : 'no'}</Table.Td></Table.Tr>
        ))}
      </ListTable>
      <FormCard title="Add a reason code" error={error} fields={['code', 'label']} submit="Add the reason code" onSubmit={add}>
        <Group grow>
          <TextInput label="Code" size="md" value={form.code} onChange={(e) => setForm({ ...form, code: e.currentTarget.value })} error={fieldError(error, 'code')} />
          <TextInput label="Reason" size="md" value={form.label} onChange={(e) => setForm({ ...form, label: e.currentTarget.value })} error={fieldError(error, 'label')} />
        </Group>
        <Checkbox size="md" label="Requires reimbursement" checked={form.requiresReimbursement}
          onChange={(e) => setForm({ ...form, requiresReimbursement: e.currentTarget.checked })} />
      </FormCard>
    </Stack>
  );
}
