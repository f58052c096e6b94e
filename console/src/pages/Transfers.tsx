import { Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post, query } from '../api/client';
import type { MyContext, Page, Transfer } from '../api/types';
import { Link, ProblemNote } from '../components';
import { useLoad } from '../lib/useLoad';

export function TransfersPage({ tenant, context }: { tenant: string; context: MyContext }) {
  const [status, setStatus] = useState('pending');
  const transfers = useLoad(
    () => get<Page<Transfer>>(`t/${tenant}/inventory/transfers${query({ status: status === 'all' ? undefined : status, limit: 100 })}`),
    [tenant, status],
  );
  const [error, setError] = useState<unknown>();
  const decide = async (t: Transfer, action: 'accept' | 'reject' | 'cancel') => {
    try { await post(`t/${tenant}/inventory/transfers/${t.id}/${action}`, {}); setError(undefined); transfers.reload(); }
    catch (err) { setError(err); }
  };
  return (
    <Stack>
      <Title order={2}>Transfers</Title>
      <SegmentedControl value={status} onChange={setStatus} aria-label="Transfer status"
        data={[{ value: 'pending', label: 'Pending' }, { value: 'accepted', label: 'Accepted' },
          { value: 'rejected', label: 'Rejected' }, { value: 'all', label: 'All' }]} />
      <ProblemNote error={error} />
      <ProblemNote error={transfers.error} />
      {transfers.data?.items.length === 0 && <Text>No transfers.</Text>}
      {transfers.data?.items.map((t) => {
        const toMe = t.to?.id === context.memberId;
        const fromMe = t.from?.id === context.memberId;
        return (
          <Card key={t.id} withBorder data-testid="transfer">
            <Group justify="space-between">
              <Text fw={600}>{t.from?.name} → {t.to?.name}</Text>
              <Badge>{t.status}</Badge>
            </Group>
            <Text size="sm">{t.lines.length} device{t.lines.length === 1 ? '' : 's'} · {new Date(t.createdAt).toLocaleString()}</Text>
            {t.note && <Text size="sm">“{t.note}”</Text>}
            <Stack gap={0}>{t.lines.map((l) => <Link key={l.id} to={`/t/${tenant}/inventory/${l.receivedDeviceId ?? l.deviceId}`}>
              {`Device ${l.deviceId.slice(0, 8)} × ${l.quantity}`}</Link>)}</Stack>
            {t.status === 'pending' && (
              <Group mt="sm">
                {(toMe || context.role === 'admin') && <Button size="md" onClick={() => decide(t, 'accept')}>Accept</Button>}
                {(toMe || context.role === 'admin') && <Button size="md" color="red" variant="light" onClick={() => decide(t, 'reject')}>Reject</Button>}
                {(fromMe || context.role === 'admin') && <Button size="md" variant="default" onClick={() => decide(t, 'cancel')}>Cancel</Button>}
              </Group>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}
