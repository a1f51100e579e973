import type { LineChartModel } from '../../../../shared/domain/charts/line-chart';
import { ChartSvg } from './ChartSvg';

/** How close (px) an x-axis label may sit to the plot's edge before it is anchored to that edge. */
const EDGE_PX = 28;

export interface SvgText {
  id: string;
  title: string;
  desc: string;
}

/** A line/dot chart model drawn as SVG; colours come from --chart-<series key> in charts.css. */
export function LineChart({
  model,
  text,
  pointLabel,
}: {
  model: LineChartModel;
  text: SvgText;
  pointLabel?: (day: string, value: number, series: string) => string;
}) {
  const { plot } = model;
  return (
    <ChartSvg width={model.width} height={model.height} text={text}>
      {model.band ? (
        <g>
          <rect
            className="chart-band"
            x={model.band.x}
            y={model.band.y}
            width={model.band.width}
            height={model.band.height}
          />
          <text
            className="chart-band-label"
            x={model.band.x + model.band.width - 6}
            y={model.band.y + 12}
            textAnchor="end"
          >
            {model.band.label}
          </text>
        </g>
      ) : null}
      <g aria-hidden="true">
        {model.yTicks.map((t) => (
          <g key={`y${t.label}`}>
            <line className="chart-grid" x1={plot.x} x2={plot.x + plot.width} y1={t.at} y2={t.at} />
            <text x={plot.x - 8} y={t.at + 4} textAnchor="end">
              {t.label}
            </text>
          </g>
        ))}
        {model.xTicks.map((t) => (
          <text
            key={`x${t.label}${t.at}`}
            x={t.at}
            y={plot.y + plot.height + 18}
            // A date label at either end of the axis would be cut in half if centred on its tick.
            textAnchor={t.at > plot.x + plot.width - EDGE_PX ? 'end' : t.at < plot.x + EDGE_PX ? 'start' : 'middle'}
          >
            {t.label}
          </text>
        ))}
      </g>
      {model.series.map((s) => (
        <g key={s.key} data-series={s.key}>
          {s.path ? <path className="chart-line" d={s.path} style={{ stroke: `var(--chart-${s.key})` }} /> : null}
          {s.style !== 'line' || !s.path
            ? s.points.map((p) => (
                <circle
                  key={p.day}
                  className={`chart-dot ${s.style === 'dots' ? 'is-faint' : ''}`}
                  cx={p.cx}
                  cy={p.cy}
                  r={s.style === 'both' ? Math.max(2.5, p.r * 0.75) : p.r}
                  style={{ fill: `var(--chart-${s.key})` }}
                >
                  <title>{pointLabel ? pointLabel(p.day, p.value, s.label) : `${s.label}: ${p.value}`}</title>
                </circle>
              ))
            : null}
        </g>
      ))}
    </ChartSvg>
  );
}
