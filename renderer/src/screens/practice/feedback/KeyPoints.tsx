import type { Evaluation } from '../../../../../shared/domain/evaluator/schema';
import { Icon } from '../../../components/Icon';

export function KeyPoints({ evaluation }: { evaluation: Evaluation }) {
  const covered = evaluation.keyPoints.filter((k) => k.covered).length;
  return (
    <div>
      <p className="section-lede">
        {covered} of {evaluation.keyPoints.length} points an interviewer listens for
        {evaluation.metrics.keyPointsDerived ? ' (worked out from the question, which came without key points)' : ''}.
      </p>
      <ul className="keypoints" data-testid="key-points">
        {evaluation.keyPoints.map((k) => (
          <li key={k.text} className={k.covered ? 'kp is-covered' : 'kp is-missed'}>
            <span className="kp-icon" aria-hidden="true">
              <Icon name={k.covered ? 'check' : 'circle'} size={16} />
            </span>
            <div>
              <span className="visually-hidden">{k.covered ? 'Covered: ' : 'Missed: '}</span>
              <span className="kp-text">{k.text}</span>
              {k.covered && k.evidence ? <q className="evidence">{k.evidence}</q> : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
