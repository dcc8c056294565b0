import { addDays, dayjs, type LocalDate, localDateAt } from './time.js';

export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * A calendar period. `key` is how users type it and how the ledger stores it:
 * `2026`, `2026-Q3`, `2026-11`, `2026-W48` (ISO week), `2026-11-28`.
 * `start` and `end` are both included.
 */
export interface Period {
  readonly kind: PeriodKind;
  readonly key: string;
  readonly start: LocalDate;
  readonly end: LocalDate;
}

const PATTERNS: Array<[PeriodKind, RegExp]> = [
  ['year', /^(\d{4})$/],
  ['quarter', /^(\d{4})-Q(\d)$/i],
  ['week', /^(\d{4})-W(\d{1,2})$/i],
  ['month', /^(\d{4})-(\d{1,2})$/],
  ['day', /^(\d{4})-(\d{2})-(\d{2})$/],
];

/** Reads a period as users type it; `null` when it is not one (e.g. `2026-Q5`, `2026-13`, `2026-W54`). */
export function parsePeriod(text: string): Period | null {
  const trimmed = text.trim();
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(trimmed);
    if (!m) continue;
    const year = Number(m[1]);
    if (year < 1970 || year > 2999) return null;
    const n = Number(m[2]);
    switch (kind) {
      case 'year':
        return yearPeriod(year);
      case 'quarter':
        return n >= 1 && n <= 4 ? quarterPeriod(year, n) : null;
      case 'month':
        return n >= 1 && n <= 12 ? monthPeriod(year, n) : null;
      case 'week':
        return n >= 1 && n <= isoWeeksInYear(year) ? isoWeekPeriod(year, n) : null;
      case 'day': {
        const d = dayjs.utc(trimmed, 'YYYY-MM-DD');
        return d.isValid() && d.format('YYYY-MM-DD') === trimmed ? dayPeriod(trimmed) : null;
      }
    }
  }
  return null;
}

export function yearPeriod(year: number): Period {
  return { kind: 'year', key: String(year), start: `${year}-01-01`, end: `${year}-12-31` };
}

// Month and quarter bounds are plain arithmetic: they are built for every day of every target
// computation, where dayjs objects would dominate the cost.
const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function quarterPeriod(year: number, quarter: number): Period {
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    kind: 'quarter',
    key: `${year}-Q${quarter}`,
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(firstMonth + 2)}-${daysInMonth(year, firstMonth + 2)}`,
  };
}

export function monthPeriod(year: number, month: number): Period {
  return {
    kind: 'month',
    key: `${year}-${pad(month)}`,
    start: `${year}-${pad(month)}-01`,
    end: `${year}-${pad(month)}-${daysInMonth(year, month)}`,
  };
}

export function isoWeekPeriod(isoYear: number, week: number): Period {
  // ISO week 1 is the week with the year's first Thursday, i.e. the one holding 4 January.
  const monday = dayjs
    .utc(`${isoYear}-01-04`)
    .isoWeekday(1)
    .add(week - 1, 'week');
  return {
    kind: 'week',
    key: `${isoYear}-W${String(week).padStart(2, '0')}`,
    start: monday.format('YYYY-MM-DD'),
    end: monday.add(6, 'day').format('YYYY-MM-DD'),
  };
}

export function dayPeriod(date: LocalDate): Period {
  return { kind: 'day', key: date, start: date, end: date };
}

export function isoWeeksInYear(isoYear: number): number {
  // 28 December is always in the last ISO week of its year.
  return dayjs.utc(`${isoYear}-12-28`).isoWeek();
}

/** The period of `kind` that holds `date`. */
export function periodOf(kind: PeriodKind, date: LocalDate): Period {
  const d = dayjs.utc(date);
  switch (kind) {
    case 'day':
      return dayPeriod(date);
    case 'week':
      return isoWeekPeriod(d.isoWeekYear(), d.isoWeek());
    case 'month':
      return monthPeriod(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
    case 'quarter':
      return quarterPeriod(Number(date.slice(0, 4)), Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1);
    case 'year':
      return yearPeriod(Number(date.slice(0, 4)));
  }
}

/** The period of `kind` that holds `instant` in the timezone `tz`. */
export function periodAt(kind: PeriodKind, instant: Date, tz: string): Period {
  return periodOf(kind, localDateAt(instant, tz));
}

export function previousPeriod(period: Period): Period {
  return periodOf(period.kind, addDays(period.start, -1));
}

export function nextPeriod(period: Period): Period {
  return periodOf(period.kind, addDays(period.end, 1));
}

/** The same period one year earlier (for year-over-year growth). Weeks map to the same ISO week number. */
export function samePeriodLastYear(period: Period): Period {
  const p = parsePeriodParts(period);
  switch (period.kind) {
    case 'year':
      return yearPeriod(p.year - 1);
    case 'quarter':
      return quarterPeriod(p.year - 1, p.n);
    case 'month':
      return monthPeriod(p.year - 1, p.n);
    case 'week':
      return isoWeekPeriod(p.year - 1, Math.min(p.n, isoWeeksInYear(p.year - 1)));
    case 'day':
      return dayPeriod(dayjs.utc(period.start).subtract(1, 'year').format('YYYY-MM-DD'));
  }
}

function parsePeriodParts(period: Period): { year: number; n: number } {
  const m = /^(\d{4})(?:-[QW]?(\d+))?/i.exec(period.key);
  return { year: Number(m?.[1]), n: Number(m?.[2] ?? 0) };
}

export function containsDate(period: Period, date: LocalDate): boolean {
  return date >= period.start && date <= period.end;
}

/** A friendly label: `2026`, `Q3 2026`, `November 2026`, `week 48 (Nov 23–29)`, `Sat 28 Nov 2026`. */
export function periodLabel(period: Period): string {
  const start = dayjs.utc(period.start);
  const end = dayjs.utc(period.end);
  switch (period.kind) {
    case 'year':
      return period.key;
    case 'quarter':
      return `${period.key.slice(5)} ${period.key.slice(0, 4)}`;
    case 'month':
      return start.format('MMMM YYYY');
    case 'week':
      return `week ${Number(period.key.slice(6))} (${start.format('MMM D')}–${end.format(start.month() === end.month() ? 'D' : 'MMM D')})`;
    case 'day':
      return start.format('ddd D MMM YYYY');
  }
}
