import { Button, Card, Checkbox, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { fieldError, ProblemNote } from '../components';
import { withoutBlanks } from '../lib/ops';
import { useAction } from '../lib/useAction';
import { useControlSize } from '../lib/useControlSize';

export type Fields<K extends string> = readonly (readonly [K, string])[];

/**
 * A form of text fields that adds a record or changes one: blank fields are left out of the body, a change may also
 * set the record active or not. The refusal is shown next to the field it names, else above the form.
 */
export function RecordForm<K extends string>({ title, fields, initial, active, submit, submitLabel, onDone, onCancel }: {
  title: string; fields: Fields<K>; initial?: Partial<Record<K, string | null>>; active?: boolean;
  submit: (body: Record<string, unknown>) => Promise<unknown>; submitLabel: string; onDone: () => void; onCancel?: () => void;
}) {
  const size = useControlSize();
  const empty = Object.fromEntries(fields.map(([k]) => [k, ''])) as Record<K, string>;
  const [form, setForm] = useState(() => Object.fromEntries(fields.map(([k]) => [k, initial?.[k] ?? ''])) as Record<K, string>);
  const [isActive, setActive] = useState(active);
  const { error, busy, run } = useAction();
  return (
    <Card withBorder>
      <form onSubmit={(e) => {
        e.preventDefault();
        run(() => submit({ ...withoutBlanks(form), active: isActive }), () => { if (!initial) setForm(empty); onDone(); });
      }}>
        <Stack gap="xs">
          <Title order={3}>{title}</Title>
          <ProblemNote error={error} fields={fields.map(([k]) => k)} />
          <Group grow align="flex-start" wrap="wrap">
            {fields.map(([k, label]) => (
              <TextInput key={k} label={label} miw={160} size={size} value={form[k]} onChange={(e) => setForm({ ...form, [k]: e.currentTarget.value })}
                error={fieldError(error, k)} />
            ))}
          </Group>
          {isActive !== undefined && <Checkbox label="Active" checked={isActive} onChange={(e) => setActive(e.currentTarget.checked)} />}
          <Group>
            <Button type="submit" size={size} loading={busy}>{submitLabel}</Button>
            {onCancel && <Button variant="default" size={size} onClick={onCancel}>Cancel</Button>}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
