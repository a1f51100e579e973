import { categoryLabel } from '../../../../shared/domain/reports/labels';
import { useQuery } from '../../api/use-query';
import { hrefFor } from '../../app/router';
import { hasScreen } from '../../app/screen-registry';
import { Icon, type IconName } from '../../components/Icon';
import { Card } from '../../components/ui';
import { practiceHref } from '../practice/practice-route';

interface Step {
  href: string;
  icon: IconName;
  title: string;
  detail: string;
}

/** What to do next, from the advisor: questions due for another try, a plan, a mock interview. */
export function UpNext() {
  const advisor = useQuery('advisor:overview', {});
  const overview = advisor.data;
  if (!overview) return null;
  const steps: Step[] = [];
  const [firstDue] = overview.due;
  if (firstDue && hasScreen('practice')) {
    steps.push({
      href: practiceHref({ q: firstDue.questionId }),
      icon: 'repeat',
      title:
        overview.due.length === 1
          ? 'One question is due for another try'
          : `${overview.due.length} questions are due for another try`,
      detail: `Starting with “${firstDue.text}” — you scored ${Math.round(firstDue.poorScore)} last time.`,
    });
  }
  const weakest = overview.categories.find((c) => c.status === 'weak');
  if (hasScreen('advisor')) {
    steps.push({
      href: hrefFor('advisor'),
      icon: 'advisor',
      title: weakest ? `Work on ${categoryLabel(weakest.id)}` : 'Follow a learning plan',
      detail: weakest
        ? 'Your advisor has a plan aimed at it.'
        : 'Daily practice, weak areas, advanced prep or category mastery.',
    });
  }
  if (hasScreen('mock-interview')) {
    steps.push({
      href: hrefFor('mock-interview'),
      icon: 'mock',
      title: 'Run a mock interview',
      detail: 'Five timed questions, feedback at the end.',
    });
  }
  if (steps.length === 0) return null;
  return (
    <Card title="Up next">
      <ul className="up-next" data-testid="up-next">
        {steps.map((step) => (
          <li key={step.title}>
            <a href={step.href} className="up-next-link">
              <span className="up-next-icon">
                <Icon name={step.icon} size={18} />
              </span>
              <span>
                <span className="up-next-title">{step.title}</span>
                <span className="up-next-detail">{step.detail}</span>
              </span>
              <Icon name="arrowRight" size={16} className="up-next-arrow" />
            </a>
          </li>
        ))}
      </ul>
    </Card>
  );
}
