import { Badge, Checkbox, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post, put } from '../../api/client';
import type { CatalogItem, Vendor, VendorItem } from '../../api/types';
import { fieldError, ProblemNote } from '../../components';
import { adminRoute, itemLabel, numberOrNull } from '../../lib/purchasing';
import { navigate } from '../../lib/router';
import { useLoad } from '../../lib/useLoad';
import { Detail, FormCard, itemOptions, ListTable, Open, useAction, useCatalog, useVendors } from './parts';

export function VendorList({ tenant }: { tenant: string }) {
  const vendors = useVendors(tenant);
  const [form, setForm] = useState({ name: '', email: '' });
  const { error, run } = useAction();
  const create = () => run(async () => {
    const v = await post<Vendor>(`t/${tenant}/purchasing/vendors`, { name: form.name, email: form.email || null });
    navigate(adminRoute(tenant, 'vendors', v.id));
  });
  return (
    <Stack>
      <ProblemNote error={vendors.error} />
      {vendors.data?.items.length === 0 && <Text>No vendors yet.</Text>}
      <ListTable label="Vendors" head={['Vendor', 'E-mail', 'Ordering', 'Status']}>
        {vendors.data?.items.map((v) => (
          <Table.Tr key={v.id}>
            <Table.Td><Open to={adminRoute(tenant, 'vendors', v.id)}>{v.name}</Open></Table.Td>
            <Table.Td>{v.email}</Table.Td><Table.Td>{v.connector ?? 'by hand'}</Table.Td>
            <Table.Td><Badge variant="light" color={v.active ? 'green' : 'gray'}>{v.active ? 'active' : 'inactive'}</Badge></Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <FormCard title="Add a vendor" error={error} fields={['name', 'email']} submit="Add the vendor" onSubmit={create}>
        <TextInput label="Vendor name" size="md" value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} error={fieldError(error, 'name')} />
        <TextInput label="Ordering e-mail" size="md" value={form.email} onChange={(e) => setForm({ ...form, email: e.currentTarget.value })} error={fieldError(error, 'email')} />
      </FormCard>
    </Stack>
  );
}

export function VendorDetail({ tenant, id }: { tenant: string; id: string }) {
  const base = `t/${tenant}/purchasing/vendors/${id}`;
  const vendor = useLoad(() => get<Vendor>(base), [base]);
  const supplies = useLoad(() => get<VendorItem[]>(`${base}/items`), [base]);
  const items = useCatalog(tenant);
  return (
    <Detail back={adminRoute(tenant, 'vendors')} title={vendor.data?.name} error={vendor.error ?? supplies.error}>
      {vendor.data && <VendorForm key={vendor.data.id} base={base} vendor={vendor.data} onSaved={vendor.reload} />}
      <Title order={3}>Items it supplies</Title>
      {supplies.data?.length === 0 && <Text>Nothing yet: add an item below.</Text>}
      <ListTable label="Items supplied" head={['Item', 'Vendor part number', 'Unit cost', 'Lead time (days)', '']}>
        {supplies.data?.map((s) => (
          <Table.Tr key={s.itemId}>
            <Table.Td>{itemLabel(items.data?.items, s.itemId)}</Table.Td><Table.Td>{s.partNumber}</Table.Td>
            <Table.Td>{s.unitCost}</Table.Td><Table.Td>{s.leadTimeDays}</Table.Td>
            <Table.Td>{s.preferred && <Badge variant="light">preferred vendor</Badge>}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <SupplyForm base={base} items={items.data?.items} supplies={supplies.data ?? []} onSaved={supplies.reload} />
    </Detail>
  );
}

function VendorForm({ base, vendor, onSaved }: { base: string; vendor: Vendor; onSaved: () => void }) {
  const [form, setForm] = useState({ name: vendor.name, email: vendor.email ?? '', connector: vendor.connector ?? '', active: vendor.active });
  const { error, run } = useAction();
  const save = async () => {
    if (await run(() => put(base, { ...form, email: form.email || null, connector: form.connector || null }))) onSaved();
  };
  return (
    <FormCard title="Vendor" error={error} fields={['name', 'email', 'connector']} submit="Save the vendor" onSubmit={save}>
      <TextInput label="Vendor name" size="md" value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} error={fieldError(error, 'name')} />
      <TextInput label="Ordering e-mail" size="md" value={form.email} onChange={(e) => setForm({ ...form, email: e.currentTarget.value })} error={fieldError(error, 'email')} />
      <TextInput label="Electronic ordering connector (empty: by hand)" size="md" value={form.connector}
        onChange={(e) => setForm({ ...form, connector: e.currentTarget.value })} error={fieldError(error, 'connector')} />
      <Checkbox size="md" label="Active" checked={form.active} onChange={(e) => setForm({ ...form, active: e.currentTarget.checked })} />
    </FormCard>
  );
}

function SupplyForm({ base, items, supplies, onSaved }: { base: string; items?: CatalogItem[]; supplies: VendorItem[]; onSaved: () => void }) {
  const empty = { partNumber: '', unitCost: '' as number | string, leadTimeDays: 0 as number | string, preferred: false };
  const [itemId, setItemId] = useState<string | null>(null);
  const [form, setForm] = useState(empty);
  const { error, run } = useAction();
  const choose = (id: string | null) => {
    const s = supplies.find((x) => x.itemId === id);
    setItemId(id);
    setForm(s ? { partNumber: s.partNumber, unitCost: s.unitCost, leadTimeDays: s.leadTimeDays, preferred: s.preferred } : empty);
  };
  const save = async () => {
    const body = { ...form, unitCost: numberOrNull(form.unitCost), leadTimeDays: numberOrNull(form.leadTimeDays) };
    if (await run(() => put(`${base}/items/${itemId}`, body))) onSaved();
  };
  return (
    <FormCard title="Supply an item" error={error} fields={['partNumber', 'unitCost', 'leadTimeDays']} submit="Save the item"
      disabled={!itemId} onSubmit={save}>
      <Select label="Supplied item" size="md" searchable value={itemId} onChange={choose} data={itemOptions(items)} />
      <TextInput label="Vendor part number" size="md" value={form.partNumber}
        onChange={(e) => setForm({ ...form, partNumber: e.currentTarget.value })} error={fieldError(error, 'partNumber')} />
      <Group grow>
        <NumberInput label="Unit cost" size="md" min={0} decimalScale={4} value={form.unitCost}
          onChange={(v) => setForm({ ...form, unitCost: v })} error={fieldError(error, 'unitCost')} />
        <NumberInput label="Lead time (days)" size="md" min={0} value={form.leadTimeDays}
          onChange={(v) => setForm({ ...form, leadTimeDays: v })} error={fieldError(error, 'leadTimeDays')} />
      </Group>
      <Checkbox size="md" label="Preferred vendor of this item" checked={form.preferred}
        onChange={(e) => setForm({ ...form, preferred: e.currentTarget.checked })} />
    </FormCard>
  );
}
