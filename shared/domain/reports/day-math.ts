/**
 * Arithmetic on local calendar days (YYYY-MM-DD). Days are counted in UTC so that no time zone
 * or daylight-saving change can move one; the day itself is already the user's local day.
 */
/**
 * Days since 1970-01-01, by integer arithmetic (Hinnant's days-from-civil): reports convert
 * hundreds of days per request, and this is several times faster than going through Date.
 */
export function dayNumber(day: string): number {
  const y0 = +day.slice(0, 4);
  const m = +day.slice(5, 7);
  const d = +day.slice(8, 10);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The day a day number stands for (Hinnant's civil-from-days). */
export function dayFromNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function shiftDay(day: string, delta: number): string {
  return dayFromNumber(dayNumber(day) + delta);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(day: string): number {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  return (((dayNumber(day) + 3) % 7) + 7) % 7;
}

/** The Monday of the day's week. */
export function weekStart(day: string): string {
  return shiftDay(day, -weekday(day));
}

/** Inclusive count of days from `from` to `to`. */
export function daysInclusive(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

/*
 * Dates are written in the user's locale (the runtime's default: the app's locale in the
 * renderer, the system's in the main process), the same one the date inputs use, so "6 Dec 2026"
 * and "Dec 6, 2026" never sit side by side. `locale` pins one (tests, examples).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    // A day has no time zone: format it at UTC midnight, as UTC.
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

function atUtc(day: string): Date {
  return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))));
}

/** The short month name ("Nov"). */
export function monthName(day: string, locale?: string): string {
  return formatter(locale, { month: 'short' }).format(atUtc(day));
}

/** The month and year ("Nov 2026"). */
export function monthAndYear(day: string, locale?: string): string {
  return formatter(locale, { month: 'short', year: 'numeric' }).format(atUtc(day));
}

/** "3 Nov" / "Nov 3", or with the year "3 Nov 2026" / "Nov 3, 2026", in the user's locale. */
export function shortDate(day: string, withYear = false, locale?: string): string {
  return formatter(
    locale,
    withYear ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' },
  ).format(atUtc(day));
}
