import { categoryLabel } from '../../../../shared/domain/advisor/labels';
import type { MockConfig, MockMode } from '../../../../shared/domain/mock/mock-config';
import { titleCase } from '../../app/format';

export { categoryLabel };

export const MODE_LABELS: Readonly<Record<MockMode, string>> = {
  text: 'Typed',
  audio: 'Spoken (audio)',
  video: 'On video',
};

export function roleLabel(role: string): string {
  return titleCase(role);
}

/** "Software engineer" or "Behavioral, Conflict + 2 more". */
export function mixLabel(config: MockConfig): string {
  if (config.mix.kind === 'role') return `${roleLabel(config.mix.role)} interview`;
  const names = config.mix.categories.map(categoryLabel);
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 2).join(', ')} + ${names.length - 2} more`;
}

export function formatClock(totalSec: number): string {
  const s = Math.max(0, Math.ceil(totalSec));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function formatDuration(sec: number): string {
  if (sec < 60) return `${sec} s`;
  return sec % 60 === 0 ? `${sec / 60} min` : `${Math.floor(sec / 60)} min ${sec % 60} s`;
}
