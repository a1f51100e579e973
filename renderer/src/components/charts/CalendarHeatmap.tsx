import type { CalendarModel } from '../../../../shared/domain/charts/calendar';
import type { SvgText } from './LineChart';
import { ChartSvg } from './ChartSvg';

/** The practice calendar: a square per day, darker for busier days, with a hover label each. */
export function CalendarHeatmap({ model, text }: { model: CalendarModel; text: SvgText }) {
  const { legend } = model;
  return (
    <ChartSvg width={model.width} height={model.height} text={text}>
      <g aria-hidden="true">
        {model.months.map((m) => (
          <text key={`${m.label}${m.x}`} x={m.x} y={11}>
            {m.label}
          </text>
        ))}
        {model.weekdays.map((w) => (
          <text key={w.label} x={0} y={w.y}>
            {w.label}
          </text>
        ))}
      </g>
      {model.cells.map((c) => (
        <rect
          key={c.day}
          className="heat-cell"
          data-day={c.day}
          data-level={c.level}
          x={c.x}
          y={c.y}
          width={c.size}
          height={c.size}
          rx={2.5}
          style={{ fill: `var(--chart-heat-${c.level})` }}
        >
          <title>{c.label}</title>
        </rect>
      ))}
      <g aria-hidden="true">
        <text x={legend.lessX} y={legend.y + legend.size - 1} textAnchor="end">
          Less
        </text>
        {legend.cells.map((c) => (
          <rect
            key={c.level}
            x={c.x}
            y={legend.y}
            width={legend.size}
            height={legend.size}
            rx={2.5}
            style={{ fill: `var(--chart-heat-${c.level})` }}
          />
        ))}
        <text x={legend.moreX} y={legend.y + legend.size - 1}>
          More
        </text>
      </g>
    </ChartSvg>
  );
}
