import { SILENT_DBFS } from './use-input-level';

/**
 * A horizontal meter of the level going into the recording (the same stream the recorder
 * takes). It measures sound, not speech, so its words say only how loud the input is.
 */
export function LevelMeter({ level, dbfs, clipping }: { level: number; dbfs: number | null; clipping: boolean }) {
  const percent = Math.round(level * 100);
  const silent = dbfs === null || dbfs <= SILENT_DBFS;
  const hint = clipping
    ? 'Too loud'
    : silent
      ? 'No sound — check the microphone'
      : level < 0.15
        ? 'Quiet — speak to test'
        : 'Level OK';
  return (
    <div
      className="level-meter"
      data-testid="level-meter"
      data-level={percent}
      data-dbfs={dbfs === null ? '' : Math.round(dbfs)}
    >
      <span className="level-meter-label">Input level</span>
      <div
        className="level-meter-track"
        role="meter"
        aria-label="Microphone input level"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div
          className={`level-meter-fill ${level > 0.85 ? 'is-hot' : level > 0.25 ? 'is-good' : ''}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      <span className={`level-meter-hint ${clipping || silent ? 'is-clipping' : ''}`} data-testid="level-hint">
        {hint}
      </span>
    </div>
  );
}
