/**
 * Combines a date from the text with the `--date` option: a dateline's `--MM-DD` takes its year
 * from the option; with no date in the text, the option's date is used as it is.
 */
export function withYear(date: string | null, defaultDate: string | undefined): string | null {
  if (!defaultDate) return date;
  if (!date) return defaultDate;
  if (date.startsWith('--')) return `${defaultDate.slice(0, 4)}${date.slice(1)}`;
  return date;
}
