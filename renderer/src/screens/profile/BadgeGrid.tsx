import type { BadgeView } from '../../../../shared/ipc/channels/profile';
import { Icon, type IconName } from '../../components/Icon';

const GROUP_ICONS: Readonly<Record<BadgeView['group'], IconName | 'medal'>> = {
  start: 'practice',
  streak: 'flame',
  mastery: 'target',
  mock: 'mock',
  growth: 'medal',
};

function BadgeIcon({ group }: { group: BadgeView['group'] }) {
  const name = GROUP_ICONS[group];
  return name === 'medal' ? <Icon name="medal" size={22} /> : <Icon name={name} size={22} />;
}

export function BadgeGrid({ badges }: { badges: readonly BadgeView[] }) {
  return (
    <ul className="pf-badge-grid" data-testid="badges">
      {badges.map((b) => {
        const fraction = b.progress.target > 0 ? Math.min(1, b.progress.current / b.progress.target) : 0;
        return (
          <li
            key={b.id}
            className={`pf-badge ${b.earned ? 'is-earned' : ''}`}
            data-testid={`badge-${b.id}`}
            data-earned={b.earned}
          >
            <div className="pf-badge-icon">
              <BadgeIcon group={b.group} />
            </div>
            <div className="pf-badge-body">
              <div className="pf-badge-title">
                {b.title}
                <span className="pf-badge-state">
                  {b.earned ? 'Earned' : b.progress.current > 0 ? 'In progress' : 'Not yet'}
                </span>
              </div>
              <p className="pf-badge-rule">{b.rule}</p>
              <div className="pf-badge-progress" aria-label={`${b.title}: ${b.detail}`}>
                <div className="pf-badge-track">
                  <div style={{ width: `${fraction * 100}%` }} />
                </div>
                <span className="pf-badge-detail">{b.detail}</span>
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
