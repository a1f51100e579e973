import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../electron/cli/cli-types';
import { wholeNumberOption } from '../../../electron/cli/parse-args';

describe('whole-number CLI options', () => {
  it('give the number, or the fallback when absent', () => {
    expect(wholeNumberOption('12', '--recent', { min: 0, max: 200 }, 20)).toBe(12);
    expect(wholeNumberOption(undefined, '--recent', { min: 0, max: 200 }, 20)).toBe(20);
    expect(wholeNumberOption(undefined, '--seed', { min: 0 })).toBeUndefined();
  });

  it('refuse anything else with one line naming the flag and the range', () => {
    for (const bad of ['', ' ', '2.5', 'ten', '-1', '201', '1e3']) {
      expect(() => wholeNumberOption(bad, '--recent', { min: 0, max: 200 }, 20), bad).toThrow(
        new UsageError('--recent must be a whole number from 0 to 200'),
      );
    }
    expect(() => wholeNumberOption('-3', '--seed', { min: 0 })).toThrow('--seed must be a whole number of at least 0');
  });
});
