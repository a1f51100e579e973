import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../shared/ipc/contract';
import { EVENT_NAMES, events } from '../../../shared/ipc/events';

describe('the IPC contract', () => {
  it('names every channel domain:verb', () => {
    for (const name of CHANNELS) expect(name).toMatch(/^[a-z]+(-[a-z]+)*:[a-z]+(-[a-z]+)*$/);
  });

  it('gives every channel an input and an output schema', () => {
    for (const name of CHANNELS) {
      expect(typeof contract[name].input.safeParse).toBe('function');
      expect(typeof contract[name].output.safeParse).toBe('function');
    }
  });

  it('has a payload schema for exactly the fixed event list', () => {
    expect(Object.keys(events).sort()).toEqual([...EVENT_NAMES].sort());
  });
});
