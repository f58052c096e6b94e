import { Alert, Button, Select, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { ApiProblem, get, post } from '../api/client';
import type { Location, MyContext, Page, Received } from '../api/types';
import { fieldError, Link, ProblemNote } from '../components';
import { appendScan, scanToLine } from '../lib/scan';
import { splitUdis } from '../lib/udi';
import { useLoad } from '../lib/useLoad';
import { CameraScanner } from '../scanner';

/** Receiving by UDI: paste (or type with a scanner) one GS1 UDI per line; item, lot, serial and expiry come from it. */
export function ReceivePage({ tenant, context }: { tenant: string; context: MyContext }) {
  const locations = useLoad(() => get<Page<Location>>(`t/${tenant}/inventory/locations?limit=200`), [tenant]);
  const [custodian, setCustodian] = useState<string | null>(context.memberId);
  const [udis, setUdis] = useState('');
  const [reference, setReference] = useState('');
  const [error, setError] = useState<unknown>();
  const [received, setReceived] = useState<Received>();
  const [busy, setBusy] = useState(false);
  const [scanned, setScanned] = useState<string>();
  const options = [{ value: context.memberId, label: 'Me' },
    ...(locations.data?.items ?? []).filter((l) => l.active).map((l) => ({ value: l.id, label: l.name }))];
  const lineErrors = error instanceof ApiProblem ? lineMessages(error) : [];
  return (
    <Stack>
      <Title order={2}>Receive</Title>
      <form onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true); setReceived(undefined);
        try {
          const lines = splitUdis(udis).map((udi) => ({ udi }));
          const r = await post<Received>(`t/${tenant}/inventory/receipts`, { custodianId: custodian, reference: reference || undefined, lines });
          setReceived(r); setUdis(''); setError(undefined);
        } catch (err) { setError(err); } finally { setBusy(false); }
      }}>
        <Stack gap="sm">
          <ProblemNote error={error} fields={['custodianId', 'udi', 'lines']} />
          <Select label="Receive into" data={options} value={custodian} onChange={setCustodian} allowDeselect={false} size="md"
            error={fieldError(error, 'custodianId')} />
          <Textarea label="UDI (one per line)" description="Paste, type with a scanner or scan with the camera, e.g. (01)…(17)…(10)…(21)…"
            value={udis} onChange={(e) => setUdis(e.currentTarget.value)} autosize minRows={3} size="md"
            error={fieldError(error, 'udi') ?? (lineErrors.length > 0 ? lineErrors.join('; ') : undefined)} />
          <CameraScanner status={scanned} onScan={(text) => {
            const next = appendScan(udis, text);
            if (next.added) { setUdis(next.box); setScanned(`Scanned ${scanToLine(text)}`); }
          }} />
          <TextInput label="Reference" value={reference} onChange={(e) => setReference(e.currentTarget.value)} size="md" />
          <Button type="submit" size="lg" loading={busy}>Receive</Button>
        </Stack>
      </form>
      {received && (
        <Alert color="green" title={`Received ${received.deviceIds.length} device${received.deviceIds.length === 1 ? '' : 's'}`}>
          <Stack gap={2}>{received.deviceIds.map((id) => <Link key={id} to={`/t/${tenant}/inventory/${id}`}>{`Device ${id.slice(0, 8)}`}</Link>)}</Stack>
        </Alert>
      )}
    </Stack>
  );
}

/** An invalid receipt names its lines: errors[].line and message. */
export function lineMessages(problem: ApiProblem): string[] {
  const errors = Array.isArray(problem.body.errors) ? (problem.body.errors as Record<string, unknown>[]) : [];
  return errors.filter((e) => e && typeof e.line === 'number').map((e) => `Line ${e.line}: ${String(e.message)}`);
}
