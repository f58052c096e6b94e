import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/client';
import { alreadyInThisEvent, retried } from './retry';

const noPause = async () => {};
const inThisEvent = new ApiProblem(409, { type: 'urn:consigna:problem:device-in-open-event', title: 'Device already in an open event',
  detail: 'Rod 1 is already in this event; a device can be in one open event at a time' });

describe('a mark-used on a flaky network', () => {
  it('is tried again when no answer came, and counts as done when the first try had arrived', async () => {
    const write = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockRejectedValueOnce(inThisEvent);
    await expect(retried(write, alreadyInThisEvent, 3, noPause)).resolves.toBe('already-done');
    expect(write).toHaveBeenCalledTimes(2);
  });
  it('a refusal on the first try is shown, not retried', async () => {
    const write = vi.fn().mockRejectedValue(inThisEvent);
    await expect(retried(write, alreadyInThisEvent, 3, noPause)).rejects.toBe(inThisEvent);
    expect(write).toHaveBeenCalledTimes(1);
  });
  it('gives up after the tries with the network error', async () => {
    const write = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(retried(write, alreadyInThisEvent, 3, noPause)).rejects.toThrow('Failed to fetch');
    expect(write).toHaveBeenCalledTimes(3);
  });
  it('another open event is no success', () => {
    expect(alreadyInThisEvent(new ApiProblem(409, { type: 'urn:consigna:problem:device-in-open-event', title: 't',
      detail: "Rod 1 is already in event 'Knee'; a device can be in one open event at a time" }))).toBe(false);
  });
});
