import { ApiProblem } from '../api/client';

/**
 * Runs a write on a flaky network: a failure with no answer (the request may or may not have reached the server)
 * is tried again after a pause; when a retry is refused with a problem `alreadyDone` recognises (the first try
 * did arrive), the write counts as done. The server's own rule keeps it from being doubled.
 */
export async function retried<T>(write: () => Promise<T>, alreadyDone: (p: ApiProblem) => boolean, tries = 3,
  pause: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))): Promise<T | 'already-done'> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (error instanceof ApiProblem) {
        if (attempt > 1 && alreadyDone(error)) return 'already-done';
        throw error;
      }
      if (attempt >= tries) throw error;
      await pause(500 * attempt);
    }
  }
}

/** A mark-used retried after a lost answer: the device is already in this very event. */
export function alreadyInThisEvent(p: ApiProblem): boolean {
  return p.status === 409 && p.type.endsWith(':device-in-open-event') && p.detail.includes('this event');
}
