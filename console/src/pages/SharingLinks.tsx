import { Alert, Badge, Button, Card, Checkbox, Group, Select, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post, query } from '../api/client';
import type { Page } from '../api/types';
import { fieldError, ProblemNote } from '../components';
import { linkable, type Member, type SharingLink } from '../lib/admin';
import { useAction } from '../lib/useAction';
import { useLoad } from '../lib/useLoad';

/** Sharing links: a distributor and a sales rep who act on each other's stock. Removed links stay listed on request. */
export function SharingLinksPage({ tenant }: { tenant: string }) {
  const [removed, setRemoved] = useState(false);
  const links = useLoad(() => get<Page<SharingLink>>(`t/${tenant}/sharing-links${query({ includeRemoved: removed, limit: 200 })}`), [tenant, removed]);
  const members = useLoad(() => get<Page<Member>>(`t/${tenant}/members?limit=200`), [tenant]);
  const [pick, setPick] = useState<{ distributorId: string | null; salesId: string | null }>({ distributorId: null, salesId: null });
  const [created, setCreated] = useState<SharingLink>();
  const action = useAction();
  const removal = useAction();
  const { distributors, sales } = linkable(members.data?.items ?? []);
  return (
    <Stack>
      <Title order={2}>Sharing links</Title>
      <Card withBorder>
        <form onSubmit={async (e) => {
          e.preventDefault();
          const link = await action.run(() => post<SharingLink>(`t/${tenant}/sharing-links`, pick));
          if (link) { setCreated(link); setPick({ distributorId: null, salesId: null }); links.reload(); }
        }}>
          <Stack gap="xs">
            <Title order={3}>Link a sales rep to a distributor</Title>
            <ProblemNote error={action.error} fields={['distributorId', 'salesId']} />
            <Group grow align="flex-start" wrap="wrap">
              <Select label="Distributor" data={distributors} value={pick.distributorId} searchable miw={200}
                onChange={(v) => setPick({ ...pick, distributorId: v })} error={fieldError(action.error, 'distributorId')} />
              <Select label="Sales rep" data={sales} value={pick.salesId} searchable miw={200}
                onChange={(v) => setPick({ ...pick, salesId: v })} error={fieldError(action.error, 'salesId')} />
            </Group>
            <Button type="submit" loading={action.busy} mih={44}>Link them</Button>
          </Stack>
        </form>
      </Card>
      {created && (
        <Alert color="green" role="status" title="Linked" withCloseButton onClose={() => setCreated(undefined)}>
          {created.distributorName} and {created.salesName} now share their stock (link {created.id}).
        </Alert>
      )}
      <ProblemNote error={links.error ?? removal.error} />
      <Checkbox label="Show removed links" checked={removed} onChange={(e) => setRemoved(e.currentTarget.checked)} />
      <Table.ScrollContainer minWidth={480}>
        <Table aria-label="Sharing links" striped>
          <Table.Thead><Table.Tr><Table.Th>Distributor</Table.Th><Table.Th>Sales rep</Table.Th><Table.Th>Since</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>{(links.data?.items ?? []).map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{l.distributorName}</Table.Td><Table.Td>{l.salesName}</Table.Td><Table.Td>{l.createdAt.slice(0, 10)}</Table.Td>
              <Table.Td><Badge variant="light" color={l.active ? 'green' : 'gray'}>{l.active ? 'active' : `removed ${l.removedAt?.slice(0, 10) ?? ''}`}</Badge></Table.Td>
              <Table.Td>{l.active && (
                <Button size="xs" mih={44} variant="light" color="red" aria-label={`Remove the link ${l.distributorName} – ${l.salesName}`}
                  onClick={async () => { if (await removal.run(() => post(`t/${tenant}/sharing-links/${l.id}/remove`)) !== undefined) links.reload(); }}>
                  Remove
                </Button>)}
              </Table.Td>
            </Table.Tr>))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
