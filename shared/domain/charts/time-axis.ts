import { dayFromNumber, dayNumber, monthAndYear, monthName, shortDate } from '../reports/day-math';

export interface DayTick {
  day: string;
  label: string;
}

function monthStarts(from: number, to: number, everyMonths: number): string[] {
  const result: string[] = [];
  const first = dayFromNumber(from);
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7)) - 1;
  if (Number(first.slice(8, 10)) !== 1) m += 1;
  for (;;) {
    y += Math.floor(m / 12);
    m %= 12;
    const day = `${y}-${String(m + 1).padStart(2, '0')}-01`;
    if (dayNumber(day) > to) break;
    if (m % everyMonths === 0) result.push(day);
    m += 1;
  }
  return result;
}

/**
 * Date ticks for an axis from `from` to `to` (days): days, Mondays, month starts or quarters,
 * whichever gives at most maxTicks labels. Months show the year on January and on the first tick.
 */
export function dayTicks(from: string, to: string, maxTicks = 6): DayTick[] {
  const a = dayNumber(from);
  const b = dayNumber(to);
  const span = b - a + 1;
  if (span <= 0) return [];
  for (const step of [1, 2, 7, 14]) {
    if (span / step > maxTicks) continue;
    const ticks: DayTick[] = [];
    // Weekly ticks fall on Mondays (1970-01-05 was one).
    const start = step >= 7 ? a + ((((4 - a) % 7) + 7) % 7) : a;
    for (let n = start; n <= b; n += step) ticks.push({ day: dayFromNumber(n), label: shortDate(dayFromNumber(n)) });
    if (ticks.length > 0) return ticks;
  }
  for (const months of [1, 2, 3, 6, 12]) {
    const starts = monthStarts(a, b, months);
    if (starts.length <= maxTicks) {
      return starts.map((day, i) => ({
        day,
        label: i === 0 || day.slice(5, 7) === '01' ? monthAndYear(day) : monthName(day),
      }));
    }
  }
  return [
    { day: from, label: shortDate(from, true) },
    { day: to, label: shortDate(to, true) },
  ];
}
