import { describe, expect, it } from 'vitest';
import { rejectionWords } from '../../../renderer/src/features/account/rejection-words';

describe('why the service refused an answer, in words', () => {
  it('explains the reasons the service gives', () => {
    expect(rejectionWords({ reason: 'completed_in_future', message: 'completedAt is in the future' })).toContain(
      'check the clock and date on this computer',
    );
    expect(rejectionWords({ reason: 'score_out_of_range', message: 'score: too big' })).toContain('0–100');
  });

  it('passes on the message of a reason it does not know', () => {
    expect(rejectionWords({ reason: 'invalid', message: 'mode: Invalid option' })).toBe(
      'The service refused it: mode: Invalid option',
    );
  });
});
