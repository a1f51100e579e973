import type { BarChartModel } from '../../../../shared/domain/charts/bar-chart';
import type { SvgText } from './LineChart';
import { ChartSvg } from './ChartSvg';

const TONE_FILL: Record<string, string> = { good: 'var(--good)', ok: 'var(--ok)', weak: 'var(--weak)' };

/** Horizontal bars (scores by category), label left, value and note right. */
export function BarChart({ model, text }: { model: BarChartModel; text: SvgText }) {
  const axisY = model.plot.y + model.plot.height + 14;
  return (
    <ChartSvg width={model.width} height={model.height} text={text}>
      {model.rows.map((row) => (
        <g key={row.key} data-row={row.key}>
          <text className="chart-label-strong" x={model.plot.x - 10} y={row.textY} textAnchor="end">
            {row.label}
          </text>
          <rect
            className="bar-track"
            x={row.track.x}
            y={row.track.y}
            width={row.track.width}
            height={row.track.height}
            rx={4}
          />
          {row.bar ? (
            <rect
              x={row.bar.x}
              y={row.bar.y}
              width={row.bar.width}
              height={row.bar.height}
              rx={4}
              style={{ fill: TONE_FILL[row.tone ?? ''] ?? 'var(--accent)' }}
            >
              <title>{`${row.label}: average ${Math.round(row.value ?? 0)}`}</title>
            </rect>
          ) : null}
          {row.marker ? (
            <line className="bar-marker" x1={row.marker.x} x2={row.marker.x} y1={row.marker.y1} y2={row.marker.y2} />
          ) : null}
          {row.valueLabel ? (
            <text className="chart-label-strong" x={row.valueLabel.x} y={row.textY}>
              {row.valueLabel.text}
            </text>
          ) : null}
          {row.note ? (
            <text x={row.note.x} y={row.textY}>
              {row.note.text}
            </text>
          ) : null}
        </g>
      ))}
      <g aria-hidden="true">
        {model.xTicks.map((t) => (
          <text key={t.label} x={t.at} y={axisY} textAnchor="middle">
            {t.label}
          </text>
        ))}
      </g>
    </ChartSvg>
  );
}
