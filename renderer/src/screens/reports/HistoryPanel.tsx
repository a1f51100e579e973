import { useEffect, useState } from 'react';
import { shortDate } from '../../../../shared/domain/reports/day-math';
import { categoryLabel, MODE_LABELS } from '../../../../shared/domain/reports/labels';
import type { HistoryItem, HistoryQuery } from '../../../../shared/ipc/channels/reports';
import { useQuery } from '../../api/use-query';
import { formatScore, scoreTone } from '../../app/format';
import { Button, Card, EmptyState, ErrorBanner } from '../../components/ui';
import { Icon, type IconName } from '../../components/Icon';
import { reportsHref, type ReportsLocation } from './report-route';

const PAGE_SIZE = 20;
const MODE_ICON: Record<HistoryItem['mode'], IconName> = { text: 'text', audio: 'mic', video: 'video' };

interface Filters {
  search: string;
  category: string;
  mode: '' | HistoryItem['mode'];
  from: string;
  to: string;
  minScore: string;
  maxScore: string;
  sample: 'all' | 'real' | 'sample';
}

const NO_FILTERS: Filters = {
  search: '',
  category: '',
  mode: '',
  from: '',
  to: '',
  minScore: '',
  maxScore: '',
  sample: 'all',
};

// Kept for the session, so opening an answer and coming back finds the list as it was left.
let remembered: { filters: Filters; page: number } = { filters: NO_FILTERS, page: 1 };

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function score(value: string): number | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? Math.min(100, Math.max(0, Math.round(n))) : null;
}

function toQuery(f: Filters, page: number): HistoryQuery {
  const min = score(f.minScore);
  const max = score(f.maxScore);
  return {
    search: f.search.trim() || null,
    category: f.category || null,
    mode: f.mode || null,
    from: f.from || null,
    to: f.to && f.from && f.to < f.from ? f.from : f.to || null,
    minScore: min !== null && max !== null && min > max ? max : min,
    maxScore: max,
    sample: f.sample,
    page,
    pageSize: PAGE_SIZE,
  };
}

function Row({ item, back }: { item: HistoryItem; back: Partial<ReportsLocation> }) {
  const tone = scoreTone(item.overall);
  return (
    <li className="history-row">
      <a
        className="history-link"
        href={reportsHref({ ...back, tab: 'history', attempt: item.id })}
        data-testid="history-item"
      >
        <span className={`score-pill tone-${tone}`} aria-label={`Score ${formatScore(item.overall)}`}>
          {formatScore(item.overall)}
        </span>
        <span className="history-main">
          <span className="history-question">{item.questionText}</span>
          <span className="history-meta">
            <span>{shortDate(item.localDay, true)}</span>
            <span>{categoryLabel(item.category)}</span>
            <span className="history-mode">
              <Icon name={MODE_ICON[item.mode]} size={13} /> {MODE_LABELS[item.mode]}
            </span>
            {item.sessionKind === 'mock' ? <span className="kind-badge">Mock interview</span> : null}
            {item.isSample ? <span className="sample-badge">Sample</span> : null}
          </span>
          {item.excerpt ? <span className="history-excerpt">{item.excerpt}</span> : null}
        </span>
        <span className="history-subscores" aria-hidden="true">
          {(['content', 'structure', 'language', 'delivery'] as const).map((k) =>
            item.subscores[k] === null ? null : (
              <span
                key={k}
                className="mini-score"
                title={`${k[0]?.toUpperCase()}${k.slice(1)} ${formatScore(item.subscores[k])}`}
              >
                <span className="mini-score-label">{k[0]?.toUpperCase()}</span>
                {formatScore(item.subscores[k])}
              </span>
            ),
          )}
        </span>
      </a>
    </li>
  );
}

/** Every past answer, filtered and paged, newest first; each opens the full attempt. */
export function HistoryPanel({
  categories,
  back,
  hasSample,
}: {
  categories: readonly string[];
  back: Partial<ReportsLocation>;
  hasSample: boolean;
}) {
  const [filters, setFilters] = useState<Filters>(remembered.filters);
  const [page, setPage] = useState(remembered.page);
  const settled = useDebounced(filters, 250);
  useEffect(() => {
    remembered = { filters, page };
  }, [filters, page]);
  const history = useQuery('reports:history', toQuery(settled, page));
  const set = (patch: Partial<Filters>): void => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const data = history.data;
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  // The count describes the list on show, which follows the filters a moment after typing stops.
  const shownFiltered = JSON.stringify(settled) !== JSON.stringify(NO_FILTERS);

  return (
    <Card className="history-card">
      <form
        className="history-filters"
        role="search"
        aria-label="Filter your history"
        onSubmit={(e) => e.preventDefault()}
      >
        <label className="field history-search">
          <span>Search</span>
          <span className="input-with-icon">
            <Icon size={16} name="search" />
            <input
              type="search"
              value={filters.search}
              placeholder="Question or answer words"
              onChange={(e) => set({ search: e.target.value })}
            />
          </span>
        </label>
        <label className="field">
          <span>Category</span>
          <select value={filters.category} onChange={(e) => set({ category: e.target.value })}>
            <option value="">All categories</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Answer type</span>
          <select value={filters.mode} onChange={(e) => set({ mode: e.target.value as Filters['mode'] })}>
            <option value="">Typed and spoken</option>
            <option value="text">Typed</option>
            <option value="audio">Audio</option>
            <option value="video">Video</option>
          </select>
        </label>
        <label className="field">
          <span>From</span>
          <input
            type="date"
            value={filters.from}
            max={filters.to || undefined}
            onChange={(e) => set({ from: e.target.value })}
          />
        </label>
        <label className="field">
          <span>To</span>
          <input
            type="date"
            value={filters.to}
            min={filters.from || undefined}
            onChange={(e) => set({ to: e.target.value })}
          />
        </label>
        <div className="field score-range" role="group" aria-labelledby="history-score-label">
          <span id="history-score-label">Score</span>
          <span className="score-range-inputs">
            <input
              type="number"
              min={0}
              max={100}
              inputMode="numeric"
              aria-label="Lowest score"
              placeholder="0"
              value={filters.minScore}
              onChange={(e) => set({ minScore: e.target.value })}
            />
            <span aria-hidden="true">–</span>
            <input
              type="number"
              min={0}
              max={100}
              inputMode="numeric"
              aria-label="Highest score"
              placeholder="100"
              value={filters.maxScore}
              onChange={(e) => set({ maxScore: e.target.value })}
            />
          </span>
        </div>
        {hasSample ? (
          <label className="field">
            <span>Showing</span>
            <select value={filters.sample} onChange={(e) => set({ sample: e.target.value as Filters['sample'] })}>
              <option value="all">All answers</option>
              <option value="real">Only mine</option>
              <option value="sample">Only sample</option>
            </select>
          </label>
        ) : null}
        {filtered ? (
          <Button variant="ghost" className="clear-filters" onClick={() => set(NO_FILTERS)}>
            Clear filters
          </Button>
        ) : null}
      </form>
      {history.error ? <ErrorBanner message={history.error} onRetry={history.reload} /> : null}
      <div className="history-summary" aria-live="polite" data-testid="history-total">
        {data
          ? data.total === 0
            ? 'No answers match.'
            : `${data.total.toLocaleString()} ${data.total === 1 ? 'answer' : 'answers'}${shownFiltered ? ' match' : ''}`
          : 'Loading…'}
      </div>
      {data && data.items.length > 0 ? (
        <ul className="history-list" aria-busy={history.loading}>
          {data.items.map((item) => (
            <Row key={item.id} item={item} back={back} />
          ))}
        </ul>
      ) : data && !shownFiltered ? (
        <EmptyState icon="practice" title="No answers yet">
          Every answer you give — typed, spoken or on video — is kept here with its score and feedback, so you can look
          back at any of them.
        </EmptyState>
      ) : null}
      {data && data.pages > 1 ? (
        <nav className="pager" aria-label="Pages">
          <Button variant="secondary" disabled={data.page <= 1} onClick={() => setPage(data.page - 1)}>
            <Icon size={16} name="chevronLeft" /> Newer
          </Button>
          <span>
            Page {data.page} of {data.pages}
          </span>
          <Button variant="secondary" disabled={data.page >= data.pages} onClick={() => setPage(data.page + 1)}>
            Older <Icon size={16} name="chevronRight" />
          </Button>
        </nav>
      ) : null}
    </Card>
  );
}
