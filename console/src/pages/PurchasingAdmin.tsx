import { Badge, Button, Card, Checkbox, Group, NumberInput, Select, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { get, post, put, query } from '../api/client';
import type {
  CatalogItem, InventoryTemplate, Kit, KitAssignment, Location, Page, PurchasingSettings, RecipientOverride, Vendor, VendorItem,
} from '../api/types';
import { fieldError, ProblemNote } from '../components';
import {
  ADMIN_SECTIONS, adminRoute, adminSection, itemLabel, numberOrNull, recipientCandidates, type AdminSection, type ReasonCode,
  type Recipient,
} from '../lib/purchasing';
import { navigate } from '../lib/router';
import { useLoad } from '../lib/useLoad';

/** Purchasing setup (admins): vendors and what they supply, templates, recipients, kits, settings and reason codes. */
export function PurchasingAdminPage({ tenant, section, id }: { tenant: string; section: string; id?: string }) {
  const current = adminSection(section);
  return (
    <Stack>
      <Title order={2}>Purchasing setup</Title>
      <Tabs value={current ?? null} onChange={(v) => v && navigate(adminRoute(tenant, v as AdminSection))}>
        <Tabs.List>
          {ADMIN_SECTIONS.map((s) => <Tabs.Tab key={s.value} value={s.value} mih={44}>{s.label}</Tabs.Tab>)}
        </Tabs.List>
      </Tabs>
      {current === 'vendors' && (id ? <VendorDetail tenant={tenant} id={id} /> : <VendorList tenant={tenant} />)}
      {current === 'templates' && (id ? <TemplateDetail tenant={tenant} id={id} /> : <TemplateList tenant={tenant} />)}
      {current === 'recipients' && (id ? <RecipientDetail tenant={tenant} id={id} /> : <RecipientList tenant={tenant} />)}
      {current === 'kits' && (id ? <KitDetail tenant={tenant} id={id} /> : <KitList tenant={tenant} />)}
      {current === 'settings' && <SettingsSection tenant={tenant} />}
      {!current && <Text>Nothing here. Choose a tab above.</Text>}
    </Stack>
  );
}

/** Runs a change and keeps its refusal for the form, which shows it next to the fields it names. */
function useAction() {
  const [error, setError] = useState<unknown>();
  const run = async (work: () => Promise<unknown>): Promise<boolean> => {
    try { await work(); setError(undefined); return true; } catch (err) { setError(err); return false; }
  };
  return { error, run };
}

const useCatalog = (tenant: string) =>
  useLoad(() => get<Page<CatalogItem>>(`t/${tenant}/inventory/items${query({ active: true, limit: 200 })}`), [tenant]);
const useVendors = (tenant: string) => useLoad(() => get<Page<Vendor>>(`t/${tenant}/purchasing/vendors${query({ limit: 200 })}`), [tenant]);
const useTemplates = (tenant: string) =>
  useLoad(() => get<Page<InventoryTemplate>>(`t/${tenant}/purchasing/templates${query({ limit: 200 })}`), [tenant]);
const useRecipients = (tenant: string) => useLoad(() => get<Recipient[]>(`t/${tenant}/purchasing/recipients`), [tenant]);
const itemOptions = (items: CatalogItem[] | undefined) => (items ?? []).map((i) => ({ value: i.id, label: `${i.catalogNumber} ${i.description}` }));
const vendorOptions = (vendors: Vendor[] | undefined) => (vendors ?? []).map((v) => ({ value: v.id, label: v.name }));

/** A form in a card: a title, the refusal not tied to a field, the inputs and the submit button. */
function FormCard({ title, error, fields, submit, disabled, onSubmit, children }: {
  title: string; error: unknown; fields: string[]; submit: string; disabled?: boolean; onSubmit: () => void; children: ReactNode;
}) {
  return (
    <Card withBorder>
      <form onSubmit={(e: FormEvent) => { e.preventDefault(); onSubmit(); }}>
        <Stack gap="xs">
          <Title order={3}>{title}</Title>
          <ProblemNote error={error} fields={fields} />
          {children}
          <Group><Button type="submit" size="md" disabled={disabled}>{submit}</Button></Group>
        </Stack>
      </form>
    </Card>
  );
}

/** A dense table on a desktop that scrolls sideways on a phone. */
function ListTable({ label, head, children }: { label: string; head: string[]; children: ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table aria-label={label} striped verticalSpacing={4}>
        <Table.Thead><Table.Tr>{head.map((h) => <Table.Th key={h}>{h}</Table.Th>)}</Table.Tr></Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const Open = ({ to, children }: { to: string; children: ReactNode }) => (
  <Button variant="subtle" mih={44} px={4} onClick={() => navigate(to)}>{children}</Button>
);

/** A record's page: back to its list, its refusal if loading failed, then what it shows. */
function Detail({ back, title, error, children }: { back: string; title?: string; error: unknown; children: ReactNode }) {
  return (
    <Stack>
      <Group><Button variant="default" mih={44} onClick={() => navigate(back)}>Back to the list</Button></Group>
      <ProblemNote error={error} />
      {title && <Title order={3}>{title}</Title>}
      {children}
    </Stack>
  );
}

function NameForm({ title, label, submit, create }: { title: string; label: string; submit: string; create: (name: string) => Promise<unknown> }) {
  const [name, setName] = useState('');
  const { error, run } = useAction();
  return (
    <FormCard title={title} error={error} fields={['name']} submit={submit}
      onSubmit={async () => { if (await run(() => create(name))) setName(''); }}>
      <TextInput label={label} size="md" value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError(error, 'name')} />
    </FormCard>
  );
}

function VendorList({ tenant }: { tenant: string }) {
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

function VendorDetail({ tenant, id }: { tenant: string; id: string }) {
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

function TemplateList({ tenant }: { tenant: string }) {
  const templates = useTemplates(tenant);
  return (
    <NamedRecords tenant={tenant} section="templates" loaded={templates} rows={templates.data?.items} noun="inventory template"
      create={(name) => post<InventoryTemplate>(`t/${tenant}/purchasing/templates`, { name })} />
  );
}

/** Templates and kits: a list by name (each opens its page) and a form adding one by name, which then opens. */
function NamedRecords({ tenant, section, loaded, rows, noun, create }: {
  tenant: string; section: AdminSection; loaded: { error: unknown }; rows?: { id: string; name: string; createdAt: string }[];
  noun: string; create: (name: string) => Promise<{ id: string }>;
}) {
  const title = noun[0].toUpperCase() + noun.slice(1);
  const short = noun.split(' ').pop()!;
  return (
    <Stack>
      <ProblemNote error={loaded.error} />
      {rows?.length === 0 && <Text>No {noun}s yet.</Text>}
      <ListTable label={`${title}s`} head={[title, 'Created']}>
        {rows?.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td><Open to={adminRoute(tenant, section, r.id)}>{r.name}</Open></Table.Td>
            <Table.Td>{new Date(r.createdAt).toLocaleDateString()}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <NameForm title={`Add ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`} label={`${short[0].toUpperCase()}${short.slice(1)} name`}
        submit={`Add the ${short}`} create={async (name) => navigate(adminRoute(tenant, section, (await create(name)).id))} />
    </Stack>
  );
}

function TemplateDetail({ tenant, id }: { tenant: string; id: string }) {
  const base = `t/${tenant}/purchasing/templates/${id}`;
  const template = useLoad(() => get<InventoryTemplate>(base), [base]);
  const items = useCatalog(tenant);
  const vendors = useVendors(tenant);
  const vendorName = (v?: string | null) => (v ? vendors.data?.items.find((x) => x.id === v)?.name : "the item's preferred");
  return (
    <Detail back={adminRoute(tenant, 'templates')} title={template.data?.name} error={template.error}>
      {template.data?.lines.length === 0 && <Text>No items yet: add one below.</Text>}
      <ListTable label="Template lines" head={['Item', 'Vendor', 'Minimum', 'Base']}>
        {template.data?.lines.map((l) => (
          <Table.Tr key={l.itemId}>
            <Table.Td>{itemLabel(items.data?.items, l.itemId)}</Table.Td><Table.Td>{vendorName(l.vendorId)}</Table.Td>
            <Table.Td>{l.min}</Table.Td><Table.Td>{l.base}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <LevelsForm title="Set an item's levels" submit="Save the line" items={items.data?.items} vendors={vendors.data?.items}
        save={(itemId, body) => put(`${base}/lines/${itemId}`, body).then(template.reload)} />
    </Detail>
  );
}

type LevelsBody = { vendorId: string | null; min: number | null; base: number | null };

/** An item, its vendor (empty: the item's preferred one) and its minimum and base levels: a template line or an override. */
function LevelsForm({ title, submit, items, vendors, save }: {
  title: string; submit: string; items?: CatalogItem[]; vendors?: Vendor[]; save: (itemId: string, body: LevelsBody) => Promise<unknown>;
}) {
  const [itemId, setItemId] = useState<string | null>(null);
  const [vendorId, setVendorId] = useState<string | null>(null);
  const [min, setMin] = useState<number | string>('');
  const [base, setBase] = useState<number | string>('');
  const { error, run } = useAction();
  return (
    <FormCard title={title} error={error} fields={['vendorId', 'min', 'base']} submit={submit} disabled={!itemId}
      onSubmit={() => run(() => save(itemId!, { vendorId, min: numberOrNull(min), base: numberOrNull(base) }))}>
      <Select label="Item" size="md" searchable value={itemId} onChange={setItemId} data={itemOptions(items)} />
      <Select label="Vendor" placeholder="The item's preferred vendor" size="md" clearable value={vendorId} onChange={setVendorId}
        data={vendorOptions(vendors)} error={fieldError(error, 'vendorId')} />
      <Group grow>
        <NumberInput label="Minimum level" size="md" min={0} value={min} onChange={setMin} error={fieldError(error, 'min')} />
        <NumberInput label="Base level" size="md" min={0} value={base} onChange={setBase} error={fieldError(error, 'base')} />
      </Group>
    </FormCard>
  );
}

function RecipientList({ tenant }: { tenant: string }) {
  const recipients = useRecipients(tenant);
  const templates = useTemplates(tenant);
  const members = useLoad(() => get<Page<{ id: string; displayName: string; status: string }>>(`t/${tenant}/members${query({ limit: 200 })}`), [tenant]);
  const locations = useLoad(() => get<Page<Location>>(`t/${tenant}/inventory/locations${query({ limit: 200 })}`), [tenant]);
  const templateName = (t?: string | null) => (t ? templates.data?.items.find((x) => x.id === t)?.name : 'none');
  const candidates = recipientCandidates(members.data?.items ?? [], locations.data?.items ?? [], recipients.data ?? []);
  return (
    <Stack>
      <ProblemNote error={recipients.error} />
      {recipients.data?.length === 0 && <Text>No inventory recipients yet.</Text>}
      <ListTable label="Inventory recipients" head={['Recipient', 'Template', 'Replenished']}>
        {recipients.data?.map((r) => (
          <Table.Tr key={r.custodianId}>
            <Table.Td><Open to={adminRoute(tenant, 'recipients', r.custodianId)}>{r.name}</Open></Table.Td>
            <Table.Td>{templateName(r.templateId)}</Table.Td><Table.Td>{r.autoReplenish ? 'automatically' : 'by an admin'}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <RecipientForm tenant={tenant} candidates={candidates} templates={templates.data?.items} onSaved={recipients.reload} />
    </Stack>
  );
}

/** Makes a member or location a recipient (candidates given), or changes a recipient's template (custodianId given). */
function RecipientForm({ tenant, candidates, custodianId, current, templates, onSaved }: {
  tenant: string; candidates?: { value: string; label: string }[]; custodianId?: string; current?: Recipient;
  templates?: InventoryTemplate[]; onSaved: () => void;
}) {
  const [who, setWho] = useState<string | null>(custodianId ?? null);
  const [templateId, setTemplateId] = useState<string | null>(current?.templateId ?? null);
  const [autoReplenish, setAutoReplenish] = useState(current?.autoReplenish ?? false);
  const { error, run } = useAction();
  const save = async () => {
    if (await run(() => put(`t/${tenant}/purchasing/recipients/${who}`, { templateId, autoReplenish }))) { onSaved(); if (candidates) setWho(null); }
  };
  return (
    <FormCard title={candidates ? 'Make a recipient' : 'Template'} error={error} fields={['custodianId', 'templateId']}
      submit={candidates ? 'Make a recipient' : 'Save the recipient'} disabled={!who} onSubmit={save}>
      {candidates && <Select label="Member or location" size="md" searchable value={who} onChange={setWho} data={candidates}
        error={fieldError(error, 'custodianId')} />}
      <Select label="Inventory template" placeholder="None" size="md" clearable value={templateId} onChange={setTemplateId}
        data={(templates ?? []).map((t) => ({ value: t.id, label: t.name }))} error={fieldError(error, 'templateId')} />
      <Checkbox size="md" label="Replenish automatically" checked={autoReplenish} onChange={(e) => setAutoReplenish(e.currentTarget.checked)} />
    </FormCard>
  );
}

function RecipientDetail({ tenant, id }: { tenant: string; id: string }) {
  const base = `t/${tenant}/purchasing/recipients/${id}`;
  const recipients = useRecipients(tenant);
  const templates = useTemplates(tenant);
  const items = useCatalog(tenant);
  const vendors = useVendors(tenant);
  const recipient = recipients.data?.find((r) => r.custodianId === id);
  // Asked only of a recipient: any other custodian has none, and the server says so with a 404.
  const overrides = useLoad(() => (recipient ? get<RecipientOverride[]>(`${base}/overrides`) : Promise.resolve([])), [base, !!recipient]);
  const vendorName = (v?: string | null) => (v ? vendors.data?.items.find((x) => x.id === v)?.name : "the template's");
  const itemName = (o: RecipientOverride) => (o.catalogNumber ? `${o.catalogNumber} ${o.description}` : itemLabel(items.data?.items, o.itemId));
  return (
    <Detail back={adminRoute(tenant, 'recipients')} title={recipient?.name} error={recipients.error ?? overrides.error}>
      {recipients.data && !recipient && <Text>Not an inventory recipient.</Text>}
      {recipient && templates.data && (
        <RecipientForm key={recipient.custodianId} tenant={tenant} custodianId={id} current={recipient} templates={templates.data.items}
          onSaved={recipients.reload} />
      )}
      {recipient && (
        <>
          <Title order={3}>Overrides</Title>
          {!overrides.loading && overrides.data?.length === 0 && <Text>No overrides: every item follows the template.</Text>}
          <ListTable label="Overrides" head={['Item', 'Vendor', 'Minimum', 'Base']}>
            {overrides.data?.map((o) => (
              <Table.Tr key={o.itemId}>
                <Table.Td>{itemName(o)}</Table.Td><Table.Td>{vendorName(o.vendorId)}</Table.Td>
                <Table.Td>{o.min ?? "the template's"}</Table.Td><Table.Td>{o.base ?? "the template's"}</Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
          <LevelsForm title="Override an item for this recipient" submit="Save the override" items={items.data?.items}
            vendors={vendors.data?.items} save={(itemId, body) => put(`${base}/overrides/${itemId}`, body).then(overrides.reload)} />
        </>
      )}
    </Detail>
  );
}

function KitList({ tenant }: { tenant: string }) {
  const kits = useLoad(() => get<Kit[]>(`t/${tenant}/purchasing/kits`), [tenant]);
  return (
    <NamedRecords tenant={tenant} section="kits" loaded={kits} rows={kits.data} noun="kit"
      create={(name) => post<Kit>(`t/${tenant}/purchasing/kits`, { name })} />
  );
}

function KitDetail({ tenant, id }: { tenant: string; id: string }) {
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

function SettingsSection({ tenant }: { tenant: string }) {
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
