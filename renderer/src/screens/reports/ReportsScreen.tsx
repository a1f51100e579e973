import { QUESTION_CATEGORIES } from '../../../../shared/domain/questions/bank-schema';
import { categoryLabel } from '../../../../shared/domain/reports/labels';
import { shortDate } from '../../../../shared/domain/reports/day-math';
import { useQuery } from '../../api/use-query';
import type { ScreenProps } from '../../app/screens';
import { ErrorBanner, PageHeader } from '../../components/ui';
import { AttemptDetailView } from './AttemptDetailView';
import { ExportPdfButton, ExportPdfStatus, usePdfExport } from './ExportPdf';
import { HistoryPanel } from './HistoryPanel';
import { OverviewTab } from './OverviewTab';
import {
  goToReports,
  periodRange,
  PERIODS,
  readReportsLocation,
  reportsHref,
  type ReportsLocation,
} from './report-route';
import { SampleBanner } from './SampleBanner';
import './reports.css';

function ScopeBar({ location, categories }: { location: ReportsLocation; categories: readonly string[] }) {
  const go = (patch: Partial<ReportsLocation>) => goToReports({ ...location, attempt: null, ...patch });
  const range = periodRange(location);
  return (
    <div className="scope-bar">
      <div className="segmented" role="radiogroup" aria-label="Period">
        {PERIODS.map((p) => (
          <button
            key={p.value}
            type="button"
            role="radio"
            aria-checked={location.period === p.value}
            className={location.period === p.value ? 'is-selected' : ''}
            onClick={() =>
              go(
                p.value === 'custom'
                  ? { period: 'custom', from: location.from ?? range.from, to: location.to ?? range.to }
                  : { period: p.value },
              )
            }
          >
            {p.label}
          </button>
        ))}
      </div>
      {location.period === 'custom' ? (
        <div className="scope-dates">
          <label className="field inline-field">
            <span>From</span>
            <input
              type="date"
              value={location.from ?? ''}
              max={location.to ?? undefined}
              onChange={(e) => go({ from: e.target.value || null })}
            />
          </label>
          <label className="field inline-field">
            <span>To</span>
            <input
              type="date"
              value={location.to ?? ''}
              min={location.from ?? undefined}
              onChange={(e) => go({ to: e.target.value || null })}
            />
          </label>
        </div>
      ) : null}
      <label className="field inline-field scope-category">
        <span>Category</span>
        <select value={location.category ?? ''} onChange={(e) => go({ category: e.target.value || null })}>
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function Tabs({ location }: { location: ReportsLocation }) {
  const tabs = [
    { id: 'overview', label: 'Overview' },
    { id: 'history', label: 'History' },
  ] as const;
  return (
    <nav className="report-tabs" aria-label="Reports sections">
      {tabs.map((t) => (
        <a
          key={t.id}
          href={reportsHref({ ...location, tab: t.id, attempt: null })}
          className={location.tab === t.id ? 'report-tab is-active' : 'report-tab'}
          aria-current={location.tab === t.id ? 'page' : undefined}
        >
          {t.label}
        </a>
      ))}
    </nav>
  );
}

/** Progress over time, by category and sub-skill, the practice calendar, and every past answer. */
export function ReportsScreen({ params }: ScreenProps) {
  const location = readReportsLocation(params);
  const range = periodRange(location);
  const overview = useQuery('reports:overview', {
    category: location.category,
    from: range.from,
    to: range.to,
    bucket: 'auto',
  });
  const pdf = usePdfExport();
  const o = overview.data;
  // The bank's categories, plus any of the user's own that this report found.
  const allCategories = [...new Set<string>([...QUESTION_CATEGORIES, ...(o?.categories.map((c) => c.category) ?? [])])];
  const scope = { category: location.category, from: o?.filters.from ?? range.from, to: o?.filters.to ?? range.to };

  if (location.attempt) {
    return (
      <div className="screen reports-screen">
        <AttemptDetailView id={location.attempt} back={location} />
      </div>
    );
  }
  return (
    <div className="screen reports-screen">
      <PageHeader
        title="Reports"
        subtitle={
          location.tab === 'history'
            ? 'Every answer you have given, with its score and feedback'
            : o
              ? `${o.filters.category ? categoryLabel(o.filters.category) : 'All categories'} · ${shortDate(o.filters.from ?? o.today, true)} – ${shortDate(o.filters.to ?? o.today, true)}`
              : 'How your practice is going'
        }
        actions={<ExportPdfButton pdf={pdf} scope={scope} />}
      />
      <ExportPdfStatus pdf={pdf} />
      {o ? <SampleBanner count={o.sampleAttempts} /> : null}
      <Tabs location={location} />
      {location.tab === 'overview' ? <ScopeBar location={location} categories={allCategories} /> : null}
      {overview.error ? <ErrorBanner message={overview.error} onRetry={overview.reload} /> : null}
      {location.tab === 'history' ? (
        <HistoryPanel categories={allCategories} back={location} hasSample={(o?.sampleAttempts ?? 0) > 0} />
      ) : o ? (
        <OverviewTab o={o} onPickCategory={(category) => goToReports({ ...location, category })} />
      ) : !overview.error ? (
        <div className="loading" aria-busy="true">
          Loading your reports…
        </div>
      ) : null}
    </div>
  );
}
