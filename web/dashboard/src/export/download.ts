/** Saves text as a file through the browser's own download (a blob: link, so nothing leaves the page). */
export function downloadText(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the blob can go once the browser has read it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name part: letters, digits, `_`, `-` and `+` only (the API's /export files are named the same way). */
export const fileNamePart = (text: string): string => text.replace(/[^A-Za-z0-9_+-]+/g, '_');

/** A file name from its parts, e.g. ['exposure', 'USA', '2025-06-01'] and 'csv': exposure-USA-2025-06-01.csv. */
export const fileName = (parts: readonly string[], extension: string): string => `${parts.map(fileNamePart).join('-')}.${extension}`;
