import { Checkbox, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { get, put, query } from '../../api/client';
import type { InventoryTemplate, Location, Page, RecipientOverride } from '../../api/types';
import { fieldError, ProblemNote } from '../../components';
import { adminRoute, itemLabel, recipientCandidates, type Recipient } from '../../lib/purchasing';
import { useLoad } from '../../lib/useLoad';
import { Detail, FormCard, LevelsForm, ListTable, Open, useAction, useCatalog, useRecipients, useTemplates, useVendors } from './parts';

export function RecipientList({ tenant }: { tenant: string }) {
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

export function RecipientDetail({ tenant, id }: { tenant: string; id: string }) {
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
