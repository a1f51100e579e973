import { useEffect, useState } from 'react';
import type { SearchQuestionsInput } from '../../../../../shared/ipc/channels/questions';
import { call, errorMessage } from '../../../api/client';
import { useQuery } from '../../../api/use-query';
import { Button, Card, EmptyState, ErrorBanner, PageHeader } from '../../../components/ui';
import { goToPractice } from '../practice-route';
import { Icon } from '../../../components/Icon';
import { GenerateQuestionsPanel } from '../../../features/ai/GenerateQuestionsPanel';
import { CustomQuestionForm } from './CustomQuestionForm';
import { JobMatchPanel } from './JobMatchPanel';
import { EMPTY_FILTERS, QuestionFilters, type FilterState } from './QuestionFilters';
import { QuestionList } from './QuestionList';

const PAGE = 25;
type Tab = 'bank' | 'job' | 'custom' | 'generate';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

function searchInput(filters: FilterState, limit: number): SearchQuestionsInput {
  return {
    query: filters.query,
    limit,
    ...(filters.category ? { category: filters.category as SearchQuestionsInput['category'] } : {}),
    ...(filters.difficulty ? { difficulty: filters.difficulty as SearchQuestionsInput['difficulty'] } : {}),
    ...(filters.role ? { role: filters.role as SearchQuestionsInput['role'] } : {}),
  };
}

function BankBrowser({ filters, setFilters }: { filters: FilterState; setFilters(f: FilterState): void }) {
  const [limit, setLimit] = useState(PAGE);
  const debounced = useDebounced(filters, 200);
  const facets = useQuery('questions:facets', {});
  const results = useQuery('questions:search', searchInput(debounced, limit));
  const [randomError, setRandomError] = useState<string>();

  const random = async (): Promise<void> => {
    setRandomError(undefined);
    try {
      const input = searchInput(filters, 1);
      const picked = await call('questions:random', {
        category: input.category,
        difficulty: input.difficulty,
        role: input.role,
      });
      if (picked) goToPractice({ q: picked.id });
      else setRandomError('No question matches these filters. Widen them and try again.');
    } catch (err) {
      setRandomError(errorMessage(err));
    }
  };

  const data = results.data;
  return (
    <>
      <QuestionFilters
        filters={filters}
        facets={facets.data}
        onChange={(next) => {
          setLimit(PAGE);
          setFilters(next);
        }}
      />
      <div className="results-bar">
        <span className="muted" role="status" data-testid="result-count">
          {data
            ? `${data.total} ${data.total === 1 ? 'question' : 'questions'}${data.matchedAllWords ? '' : ' with some of your words'}`
            : 'Loading…'}
        </span>
        <div className="results-actions">
          {filters !== EMPTY_FILTERS ? (
            <Button variant="ghost" onClick={() => setFilters(EMPTY_FILTERS)}>
              Clear filters
            </Button>
          ) : null}
          <Button variant="primary" onClick={() => void random()}>
            <Icon name="shuffle" size={16} />
            Random question
          </Button>
        </div>
      </div>
      {randomError ? <ErrorBanner message={randomError} /> : null}
      {results.error ? <ErrorBanner message={results.error} onRetry={results.reload} /> : null}
      {data && data.items.length === 0 ? (
        <EmptyState icon="practice" title="No questions match">
          Try fewer words, or clear a filter. You can also add your own question.
        </EmptyState>
      ) : null}
      {data && data.items.length > 0 ? <QuestionList questions={data.items} label="Questions" /> : null}
      {data && data.items.length < data.total ? (
        <div className="load-more">
          <Button onClick={() => setLimit((l) => Math.min(100, l + PAGE))} disabled={limit >= 100}>
            {limit >= 100 ? 'Narrow the search to see more' : `Show more (${data.total - data.items.length} left)`}
          </Button>
        </div>
      ) : null}
    </>
  );
}

const TABS: ReadonlyArray<{ id: Tab; label: string }> = [
  { id: 'bank', label: 'Question bank' },
  { id: 'job', label: 'Match a job description' },
  { id: 'custom', label: 'Add your own' },
  { id: 'generate', label: 'Generate with AI' },
];

/** The practice start page: browse or search the bank, match a posting, or add a question. */
export function QuestionChooser() {
  const [tab, setTab] = useState<Tab>('bank');
  const [filters, setFilters] = useState<FilterState>(EMPTY_FILTERS);
  return (
    <div className="screen practice-screen">
      <PageHeader
        title="Practice"
        subtitle="Pick a question, answer it in your own words, and get feedback you can act on — all on this computer."
      />
      <Card className="chooser-card">
        <div className="tabs" role="tablist" aria-label="Ways to find a question">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              className={tab === t.id ? 'tab is-active' : 'tab'}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
          {tab === 'bank' ? (
            <BankBrowser filters={filters} setFilters={setFilters} />
          ) : tab === 'job' ? (
            <JobMatchPanel />
          ) : tab === 'generate' ? (
            <GenerateQuestionsPanel />
          ) : (
            <CustomQuestionForm />
          )}
        </div>
      </Card>
    </div>
  );
}
