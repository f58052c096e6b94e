import { Alert, Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiProblem } from './api/client';
import { BASE, navigate } from './lib/router';

/** A refusal or failure in the person's words: the problem's title and detail. */
export function ProblemNote({ error, fields = [] }: { error: unknown; fields?: string[] }) {
  if (!error) return null;
  if (error instanceof ApiProblem) {
    if (fields.length > 0 && !error.namesNoneOf(fields)) return null; // shown next to the field instead
    return (
      <Alert color="red" title={error.title} role="alert">
        {error.detail}
        {error.errors.length > 0 && (
          <ul>{error.errors.map((e, i) => <li key={i}>{e.field}: {e.message}</li>)}</ul>
        )}
      </Alert>
    );
  }
  return <Alert color="red" title="Something went wrong" role="alert">{String((error as Error)?.message ?? error)}</Alert>;
}

/** The message a problem gives for one field, for a form input's error. */
export function fieldError(error: unknown, field: string): ReactNode | undefined {
  if (error instanceof ApiProblem) {
    const m = error.fieldMessage(field);
    if (m !== undefined) return `${error.title}: ${m}`;
  }
  return undefined;
}

export function Link({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor href={BASE + to} onClick={(e) => { if (!e.metaKey && !e.ctrlKey) { e.preventDefault(); navigate(to); } }}>
      {children}
    </Anchor>
  );
}
