import { useState } from 'react';

/**
 * One form's call to the server: busy while it runs, its refusal kept for the form to show and cleared when a call
 * succeeds; `then` runs after a success (a reload, say). Answers the call's result, or undefined when refused.
 */
export function useAction() {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  async function run<T>(call: () => Promise<T>, then?: () => void): Promise<T | undefined> {
    setBusy(true);
    try {
      const result = await call();
      setError(undefined);
      then?.();
      return result;
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, run, clear: () => setError(undefined) };
}
