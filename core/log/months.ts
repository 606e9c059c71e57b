// Calendar months on the local calendar (the user's day), as the GDPR counts them: one month after
// 31 January is the last day of February.

/** `date` moved by `months` calendar months, clamped to the last day of the target month; time kept. */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = date.getDate();
  result.setDate(1);
  result.setMonth(result.getMonth() + months);
  const lastDay = new Date(result.getFullYear(), result.getMonth() + 1, 0).getDate();
  result.setDate(Math.min(day, lastDay));
  return result;
}
