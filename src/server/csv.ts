/**
 * CSV as RFC 4180 writes it: a header row, CRLF between records, and a field in double quotes (its quotes doubled)
 * when it holds a comma, a quote, a line break, or starts or ends with a space. The server's files (/export); the
 * dashboard has its own copy of this writer (web/dashboard/src/export/csv.ts), since web/ and src/ share no code.
 * Both must stay byte-for-byte alike: the browser test compares a dashboard download with the API's file.
 */
export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** The MIME type of the files: UTF-8, with a header row (RFC 4180's optional `header` parameter). */
export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
