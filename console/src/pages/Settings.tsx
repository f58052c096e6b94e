import { Alert, Button, Card, Stack, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { get, put } from '../api/client';
import { fieldError, ProblemNote } from '../components';
import { namingField, type Settings } from '../lib/admin';
import { useAction } from '../lib/useAction';
import { useLoad } from '../lib/useLoad';

const FIELDS = ['displayName', 'timeZone', 'currency'] as const;

/** The tenant's settings: display name, time zone and currency, for the whole tenant. */
export function SettingsPage({ tenant }: { tenant: string }) {
  const settings = useLoad(() => get<Settings>(`t/${tenant}/settings`), [tenant]);
  const [form, setForm] = useState<Settings>({ displayName: '', timeZone: '', currency: '' });
  const [saved, setSaved] = useState(false);
  const action = useAction();
  useEffect(() => { if (settings.data) setForm(settings.data); }, [settings.data]);
  const error = namingField(action.error, { 'invalid-time-zone': 'timeZone', 'invalid-currency': 'currency' });
  const field = (k: (typeof FIELDS)[number]) => ({
    value: form[k], error: fieldError(error, k),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => { setSaved(false); setForm({ ...form, [k]: e.currentTarget.value }); },
  });
  return (
    <Stack>
      <Title order={2}>Settings</Title>
      <ProblemNote error={settings.error} />
      <Card withBorder maw={560}>
        <form onSubmit={async (e) => {
          e.preventDefault();
          const changed = await action.run(() => put<Settings>(`t/${tenant}/settings`,
            { displayName: form.displayName.trim(), timeZone: form.timeZone.trim(), currency: form.currency.trim().toUpperCase() }));
          if (changed) { setForm(changed); setSaved(true); }
        }}>
          <Stack gap="xs">
            <ProblemNote error={error} fields={[...FIELDS]} />
            <TextInput label="Tenant name" description="shown to everyone in the tenant" {...field('displayName')} />
            <TextInput label="Time zone" description="an IANA time zone id, e.g. Europe/Berlin" {...field('timeZone')} />
            <TextInput label="Currency" description="ISO 4217 code, e.g. EUR" maxLength={3} {...field('currency')} />
            <Button type="submit" loading={action.busy} disabled={!settings.data} mih={44}>Save the settings</Button>
          </Stack>
        </form>
      </Card>
      {saved && <Alert color="green" role="status" title="Settings saved" maw={560}>{form.displayName} · {form.timeZone} · {form.currency}</Alert>}
    </Stack>
  );
}
