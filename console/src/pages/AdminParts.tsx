import { Badge, Button, Modal, Stack, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

// Small pieces the admin pages share: an "Edit" button per row opening the same form in a modal, an active badge.

export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  return <Button variant="light" size="xs" mih={44} aria-label={`Edit ${name}`} onClick={onClick}>Edit</Button>;
}

export function EditModal({ title, opened, onClose, children }: { title: string; opened: boolean; onClose: () => void; children: ReactNode }) {
  const phone = useMediaQuery('(max-width: 36em)');
  return <Modal opened={opened} onClose={onClose} title={title} fullScreen={phone}>{children}</Modal>;
}

export function ActiveBadge({ active }: { active: boolean }) {
  return <Badge variant="light" color={active ? 'green' : 'gray'}>{active ? 'active' : 'retired'}</Badge>;
}

/** A form that saves through one call: its title, its fields, one submit button. */
export function SaveForm({ title, label, busy, onSave, children }: { title?: string; label: string; busy: boolean; onSave: () => unknown; children: ReactNode }) {
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSave(); }}>
      <Stack gap="xs">
        {title && <Title order={4}>{title}</Title>}
        {children}
        <Button type="submit" loading={busy} mih={44}>{label}</Button>
      </Stack>
    </form>
  );
}
