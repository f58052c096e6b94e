import { MantineProvider, TextInput } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from './api/client';
import { fieldError, ProblemNote } from './components';

const wrap = (ui: React.ReactNode) => render(<MantineProvider>{ui}</MantineProvider>);

describe('problems shown to the person', () => {
  const problem = new ApiProblem(400, { title: 'Invalid request', detail: 'The request has 1 invalid field(s)',
    errors: [{ field: 'create.request.name', message: 'must not be blank' }] });

  it('next to the field the problem names', () => {
    wrap(<><ProblemNote error={problem} fields={['name']} /><TextInput label="Name" error={fieldError(problem, 'name')} /></>);
    expect(screen.getByText('Invalid request: must not be blank')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('above the form, title and detail, when it names no field of the form', () => {
    const refusal = new ApiProblem(409, { title: 'Device in a pending transfer', detail: 'Device 1 is already being sent' });
    wrap(<ProblemNote error={refusal} fields={['name']} />);
    expect(screen.getByRole('alert').textContent).toContain('Device in a pending transfer');
    expect(screen.getByRole('alert').textContent).toContain('Device 1 is already being sent');
  });
});
