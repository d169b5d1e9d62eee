// Public holidays we close on (fixed dates only; the ops team adds the moving ones each December).
export const holidays: ReadonlySet<string> = new Set([
  '2024-01-01', '2024-05-01', '2024-10-03', '2024-12-25', '2024-12-26',
]);

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function workdaysBetween(from: string, to: string): { workdays: number; skippedHolidays: string[] } {
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end < start) {
    throw new RangeError('from and to must be dates, from <= to');
  }
  let workdays = 0;
  const skippedHolidays: string[] = [];
  for (const d = new Date(start); d <= end; d.setUTCDate(d.getUTCDate() + 1)) {
    const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
    if (weekend) continue;
    if (holidays.has(iso(d))) skippedHolidays.push(iso(d));
    else workdays++;
  }
  return { workdays, skippedHolidays };
}
