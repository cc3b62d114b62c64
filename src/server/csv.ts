/**
 * CSV as RFC 4180 describes it: a header row, fields separated by commas, a field quoted when it holds a comma, a
 * quote or a line break (its quotes doubled), lines ended by CRLF. Used by the CLI's --csv and the API's /export files.
 */
export type CsvCell = string | number | boolean | null | undefined;

function field(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [headers, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
