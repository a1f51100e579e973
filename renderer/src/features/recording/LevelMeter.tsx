/** A horizontal input-level meter with a clipping warning. */
export function LevelMeter({ level, clipping }: { level: number; clipping: boolean }) {
  const percent = Math.round(level * 100);
  return (
    <div className="level-meter" data-testid="level-meter" data-level={percent}>
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
      <span className={`level-meter-hint ${clipping ? 'is-clipping' : ''}`}>
        {clipping ? 'Too loud' : level < 0.15 ? 'Speak to test' : 'Good'}
      </span>
    </div>
  );
}
