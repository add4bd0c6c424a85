/** Writing rows as CSV (RFC 4180): quoted where needed, CRLF line ends. */

/** One cell: quoted when it holds a comma, quote or line break. */
export const csvCell = (value: string | number): string => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A table as CSV text, header first. */
export const toCsv = (header: string[], rows: (string | number)[][]): string =>
  [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
