import type { SkillView } from '../../../../shared/ipc/channels/advisor';
import { trendMark, trendSentence } from '../../../../shared/domain/advisor/trend';
import { formatScore } from '../../app/format';
import { Icon } from '../../components/Icon';
import { skillLabel, STATUS_LABELS } from './advisor-format';

function TrendMark({ trend }: { trend: SkillView['trend'] }) {
  if (trend.label === 'unknown') return <span className="muted">—</span>;
  return (
    <div className="adv-trend-cell">
      <span className={`adv-trend is-${trend.label}`}>
        {trend.label === 'improving' ? (
          <Icon name="up" size={14} />
        ) : trend.label === 'declining' ? (
          <Icon name="down" size={14} />
        ) : null}
        {trendMark(trend)}
      </span>
      <span className="adv-trend-words">{trendSentence(trend)}</span>
    </div>
  );
}

/** Estimate with its 95% range drawn on a 0–100 track. */
function RangeBar({ skill }: { skill: SkillView }) {
  if (skill.estimate === null) return <span className="muted">—</span>;
  const low = skill.low ?? skill.estimate;
  const high = skill.high ?? skill.estimate;
  return (
    <div
      className="adv-range"
      aria-label={`Estimate ${formatScore(skill.estimate)}, 95% range ${formatScore(low)} to ${formatScore(high)}`}
    >
      <div className="adv-range-track">
        <div className="adv-range-span" style={{ left: `${low}%`, width: `${Math.max(1, high - low)}%` }} />
        <div className={`adv-range-dot is-${skill.status}`} style={{ left: `${skill.estimate}%` }} />
      </div>
      <span className="adv-range-value">{formatScore(skill.estimate)}</span>
    </div>
  );
}

export function SkillTable({
  skills,
  caption,
  testId,
}: {
  skills: readonly SkillView[];
  caption: string;
  testId: string;
}) {
  return (
    <table className="adv-table" data-testid={testId}>
      <caption className="mk-sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption}</th>
          <th scope="col">Answers</th>
          <th scope="col">Estimate (95% range)</th>
          <th scope="col">Recent trend</th>
          <th scope="col">Verdict</th>
        </tr>
      </thead>
      <tbody>
        {skills.map((s) => (
          <tr key={s.id} data-status={s.status}>
            <th scope="row">{skillLabel(s.id)}</th>
            <td>{s.attempts}</td>
            <td>
              <RangeBar skill={s} />
            </td>
            <td>
              <TrendMark trend={s.trend} />
            </td>
            <td>
              <span className={`adv-status is-${s.status}`}>{STATUS_LABELS[s.status]}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
