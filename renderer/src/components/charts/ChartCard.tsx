import { useId, useRef, useState, type ReactNode } from 'react';
import type { ChartSpec, ChartTable as ChartTableData } from '../../../../shared/domain/charts/report-charts';
import { Button, Card } from '../ui';
import type { SvgText } from './LineChart';
import { useElementWidth } from './use-element-width';
import './charts.css';

function ChartTable({ table, caption }: { table: ChartTableData; caption: string }) {
  return (
    <div className="chart-table-wrap">
      <table className="chart-table">
        <caption className="chart-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EmptyChart({ message }: { message: string }) {
  return (
    <div className="chart-empty" role="note">
      <svg className="chart-empty-art" width="44" height="32" viewBox="0 0 44 32" aria-hidden="true">
        <path
          d="M2 28h40M4 24l9-8 8 5 9-11 10 6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
          strokeDasharray="3 4"
        />
      </svg>
      <p>{message}</p>
    </div>
  );
}

/**
 * A chart in a card: title, the chart at the card's width (or what it needs to be drawn, when
 * there is not enough data), its legend, and a "Table" switch showing the same numbers as a
 * table for screen readers and anyone who prefers them.
 */
export function ChartCard<M>({
  build,
  draw,
  subtitle,
  className,
  testId,
  actions,
  minWidth = 280,
}: {
  build: (width: number) => ChartSpec<M>;
  draw: (spec: ChartSpec<M>, text: SvgText) => ReactNode;
  subtitle?: ReactNode;
  className?: string;
  testId?: string;
  actions?: ReactNode;
  minWidth?: number;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const width = Math.max(minWidth, useElementWidth(frame));
  const spec = build(width);
  const id = useId().replace(/:/g, '');
  const [asTable, setAsTable] = useState(false);
  const toggle = spec.readiness.ready ? (
    <Button variant="ghost" className="chart-toggle" aria-pressed={asTable} onClick={() => setAsTable((t) => !t)}>
      {asTable ? 'Chart' : 'Table'}
    </Button>
  ) : null;
  return (
    <Card
      className={`chart-card ${className ?? ''}`}
      title={
        <span>
          {spec.title}
          {subtitle ? <span className="chart-subtitle">{subtitle}</span> : null}
        </span>
      }
      actions={
        <span className="chart-actions">
          {actions}
          {toggle}
        </span>
      }
    >
      <div className="chart-frame" ref={frame} data-testid={testId} data-ready={spec.readiness.ready}>
        {!spec.readiness.ready ? (
          <EmptyChart message={spec.readiness.message} />
        ) : asTable ? (
          <ChartTable table={spec.table} caption={spec.desc} />
        ) : (
          draw(spec, { id, title: spec.title, desc: spec.desc })
        )}
      </div>
      {spec.readiness.ready && !asTable && spec.legend.length > 1 ? (
        <ul className="chart-legend" aria-hidden="true">
          {spec.legend.map((l) => (
            <li key={l.key}>
              <span className="chart-swatch" style={{ background: `var(--chart-${l.key})` }} />
              {l.label}
            </li>
          ))}
        </ul>
      ) : null}
      {spec.readiness.ready && !asTable && spec.note ? <p className="chart-note">{spec.note}</p> : null}
    </Card>
  );
}
