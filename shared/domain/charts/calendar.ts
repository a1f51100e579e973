import { activityLevels } from '../reports/activity';
import { monthName, shortDate, weekday } from '../reports/day-math';
import type { ActivityDay } from '../reports/report-schema';
import { px } from './scale';

export interface CalendarCell {
  x: number;
  y: number;
  size: number;
  day: string;
  attempts: number;
  /** 0 (none) … 4 (busiest quarter). */
  level: number;
  label: string;
}

export interface CalendarModel {
  kind: 'calendar';
  width: number;
  height: number;
  cells: CalendarCell[];
  months: Array<{ x: number; label: string }>;
  weekdays: Array<{ y: number; label: string }>;
  /** Legend squares, level 0–4, laid out right-aligned under the grid. */
  legend: { y: number; cells: Array<{ x: number; level: number }>; lessX: number; moreX: number; size: number };
}

const LEFT = 28;
const TOP = 16;

/**
 * A practice heat-map: one column per week (Monday at the top), one square per day, shaded by
 * quartile of the busy days. `days` must start on a Monday (buildActivity's output does).
 */
export function calendarModel(days: readonly ActivityDay[], width: number): CalendarModel {
  const weeks = Math.max(1, Math.ceil(days.length / 7));
  const pitch = Math.max(4, Math.min(16, (width - LEFT) / weeks));
  const size = px(pitch * 0.8);
  const levels = activityLevels(days);
  const cells: CalendarCell[] = [];
  const months: CalendarModel['months'] = [];
  let lastMonth = '';
  days.forEach((d, i) => {
    const column = Math.floor(i / 7);
    const row = weekday(d.day);
    const x = px(LEFT + column * pitch);
    cells.push({
      x,
      y: px(TOP + row * pitch),
      size,
      day: d.day,
      attempts: d.attempts,
      level: levels[i] ?? 0,
      label: `${shortDate(d.day, true)}: ${d.attempts === 0 ? 'no answers' : `${d.attempts} ${d.attempts === 1 ? 'answer' : 'answers'}`}`,
    });
    const month = d.day.slice(0, 7);
    if (row === 0 && month !== lastMonth) {
      // Label a month at its first week; a label too close to the one before replaces it (the
      // earlier month is then only a partial week or two at the grid's start).
      const previous = months.at(-1);
      if (previous && x - previous.x < pitch * 3) months.pop();
      months.push({ x, label: monthName(d.day) });
      lastMonth = month;
    }
  });
  const gridHeight = TOP + 7 * pitch;
  const legendSize = size;
  const legendY = px(gridHeight + 6);
  const right = LEFT + weeks * pitch;
  const legendCells = [0, 1, 2, 3, 4].map((level, i) => ({ x: px(right - 30 - (5 - i) * (legendSize + 3)), level }));
  return {
    kind: 'calendar',
    width: px(Math.max(width, right)),
    height: px(gridHeight + legendSize + 12),
    cells,
    months,
    weekdays: [
      { y: px(TOP + 0 * pitch + size * 0.8), label: 'Mon' },
      { y: px(TOP + 2 * pitch + size * 0.8), label: 'Wed' },
      { y: px(TOP + 4 * pitch + size * 0.8), label: 'Fri' },
    ],
    legend: {
      y: legendY,
      cells: legendCells,
      lessX: px((legendCells[0]?.x ?? 0) - 4),
      moreX: px(right - 26),
      size: legendSize,
    },
  };
}
