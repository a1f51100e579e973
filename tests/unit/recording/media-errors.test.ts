import { describe, expect, it } from 'vitest';
import { describeMediaError } from '../../../renderer/src/features/recording/media-errors';

const domError = (name: string) => Object.assign(new Error('x'), { name });

describe('camera and microphone problems', () => {
  it('explains a denied permission with where to allow it', () => {
    const problem = describeMediaError(domError('NotAllowedError'), { video: true });
    expect(problem.kind).toBe('denied');
    expect(problem.title).toBe('IntervYou is not allowed to use your camera and microphone');
    expect(problem.help).toMatch(/privacy settings/);
  });

  it('offers audio only when there is no camera', () => {
    const problem = describeMediaError(domError('NotFoundError'), { video: true });
    expect(problem.kind).toBe('missing');
    expect(problem.help).toMatch(/Audio only/);
    expect(describeMediaError(domError('NotFoundError'), { video: false }).title).toBe('No microphone was found');
  });

  it('suspects another app when the device is busy', () => {
    expect(describeMediaError(domError('NotReadableError'), { video: false }).help).toMatch(/Another app/);
  });

  it('handles an unplugged remembered device and the unknown', () => {
    expect(describeMediaError(domError('OverconstrainedError'), { video: true }).kind).toBe('constraint');
    const unknown = describeMediaError(new Error('boom'), { video: false });
    expect(unknown.kind).toBe('unknown');
    expect(unknown.help).toMatch(/boom/);
  });
});
