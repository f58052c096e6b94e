import { NumberInput, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { get, post, put } from '../../api/client';
import type { Kit, KitAssignment } from '../../api/types';
import { fieldError } from '../../components';
import { adminRoute, itemLabel, numberOrNull } from '../../lib/purchasing';
import { useLoad } from '../../lib/useLoad';
import { Detail, FormCard, itemOptions, ListTable, NamedRecords, useAction, useCatalog, useRecipients } from './parts';

export function KitList({ tenant }: { tenant: string }) {
  const kits = useLoad(() => get<Kit[]>(`t/${tenant}/purchasing/kits`), [tenant]);
  return (
    <NamedRecords tenant={tenant} section="kits" loaded={kits} rows={kits.data} noun="kit"
      create={(name) => post<Kit>(`t/${tenant}/purchasing/kits`, { name })} />
  );
}

export function KitDetail({ tenant, id }: { tenant: string; id: string }) {
  const base = `t/${tenant}/purchasing/kits/${id}`;
  const kit = useLoad(() => get<Kit>(base), [base]);
  const items = useCatalog(tenant);
  const [itemId, setItemId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | string>(1);
  const { error, run } = useAction();
  const setItem = async () => { if (await run(() => put(`${base}/items/${itemId}`, { quantity: numberOrNull(quantity) }))) kit.reload(); };
  return (
    <Detail back={adminRoute(tenant, 'kits')} title={kit.data?.name} error={kit.error}>
      {kit.data?.items.length === 0 && <Text>The kit is empty: add an item below.</Text>}
      <ListTable label="Kit items" head={['Item', 'Units per kit']}>
        {kit.data?.items.map((i) => (
          <Table.Tr key={i.itemId}><Table.Td>{itemLabel(items.data?.items, i.itemId)}</Table.Td><Table.Td>{i.quantity}</Table.Td></Table.Tr>
        ))}
      </ListTable>
      <FormCard title="Put an item in the kit" error={error} fields={['quantity']} submit="Save the item" disabled={!itemId} onSubmit={setItem}>
        <Select label="Kit item" size="md" searchable value={itemId} onChange={setItemId} data={itemOptions(items.data?.items)} />
        <NumberInput label="Units per kit" size="md" min={1} value={quantity} onChange={setQuantity} error={fieldError(error, 'quantity')} />
      </FormCard>
      {kit.data && kit.data.items.length > 0 && <AssignForm tenant={tenant} base={base} />}
    </Detail>
  );
}

function AssignForm({ tenant, base }: { tenant: string; base: string }) {
  const recipients = useRecipients(tenant);
  const [recipientId, setRecipientId] = useState<string | null>(null);
  const [kits, setKits] = useState<number | string>(1);
  const [done, setDone] = useState<KitAssignment>();
  const { error, run } = useAction();
  const assign = () => run(async () => setDone(await post<KitAssignment>(`${base}/assignments`, { recipientId, kits: numberOrNull(kits) })));
  const name = (id: string) => recipients.data?.find((r) => r.custodianId === id)?.name ?? id;
  return (
    <FormCard title="Assign kits to a recipient" error={error} fields={['recipientId', 'kits']} submit="Assign" disabled={!recipientId} onSubmit={assign}>
      <Text size="sm">Each kit is broken into its items, which arrive in the recipient's stock.</Text>
      <Select label="Assign to" size="md" searchable value={recipientId} onChange={setRecipientId} error={fieldError(error, 'recipientId')}
        data={(recipients.data ?? []).map((r) => ({ value: r.custodianId, label: r.name }))} />
      <NumberInput label="Number of kits" size="md" min={1} value={kits} onChange={setKits} error={fieldError(error, 'kits')} />
      {done && <Text role="status">Assigned {done.kits} kit(s) to {name(done.recipientId)}.</Text>}
    </FormCard>
  );
}
