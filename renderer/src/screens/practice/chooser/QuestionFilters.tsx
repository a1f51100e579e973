import { useId } from 'react';
import { QUESTION_CATEGORIES, ROLES } from '../../../../../shared/domain/questions/bank-schema';
import type { QuestionFacets } from '../../../../../shared/ipc/channels/questions';
import { categoryLabel, difficultyLabel, roleLabel } from '../labels';
import { Icon } from '../../../components/Icon';

export interface FilterState {
  category: string;
  difficulty: string;
  role: string;
  query: string;
}

export const EMPTY_FILTERS: FilterState = { category: '', difficulty: '', role: '', query: '' };

function Select({
  label,
  value,
  onChange,
  options,
  all,
}: {
  label: string;
  value: string;
  onChange(v: string): void;
  options: ReadonlyArray<readonly [string, string]>;
  all: string;
}) {
  const id = useId();
  return (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function QuestionFilters({
  filters,
  facets,
  onChange,
}: {
  filters: FilterState;
  facets?: QuestionFacets;
  onChange(next: FilterState): void;
}) {
  const searchId = useId();
  const counts = new Map(facets?.categories.map((c) => [c.id, c.count]));
  const set = (patch: Partial<FilterState>): void => onChange({ ...filters, ...patch });
  return (
    <div className="question-filters">
      <div className="filter-field filter-search">
        <label htmlFor={searchId}>Search the bank</label>
        <div className="search-box">
          <Icon name="search" size={16} />
          <input
            id={searchId}
            type="search"
            value={filters.query}
            maxLength={200}
            placeholder="e.g. deadline, caching"
            onChange={(e) => set({ query: e.target.value })}
          />
        </div>
      </div>
      <Select
        label="Category"
        value={filters.category}
        all="All categories"
        onChange={(category) => set({ category })}
        options={QUESTION_CATEGORIES.map(
          (c) => [c, counts.has(c) ? `${categoryLabel(c)} (${counts.get(c)})` : categoryLabel(c)] as const,
        )}
      />
      <Select
        label="Difficulty"
        value={filters.difficulty}
        all="Any difficulty"
        onChange={(difficulty) => set({ difficulty })}
        options={(['easy', 'medium', 'hard'] as const).map((d) => [d, difficultyLabel(d)] as const)}
      />
      <Select
        label="Role"
        value={filters.role}
        all="Any role"
        onChange={(role) => set({ role })}
        options={ROLES.filter((r) => r !== 'any').map((r) => [r, roleLabel(r)] as const)}
      />
    </div>
  );
}
