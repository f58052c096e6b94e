import { useState } from 'react';

/** A write the person starts: busy while it runs, its refusal kept for the form, cleared when one succeeds. */
export function useAction() {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const run = async (write: () => Promise<unknown>, then?: () => void): Promise<void> => {
    setBusy(true);
    try { await write(); setError(undefined); then?.(); } catch (err) { setError(err); } finally { setBusy(false); }
  };
  return { error, busy, run };
}
