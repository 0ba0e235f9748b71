/** A cell: text (which may be neutralised against formulas), a number (never changed), or empty. */
export type CsvCell = string | number | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * RFC 4180 CSV: cells quoted where they hold a comma, quote or line break, records ended by CRLF.
 * With `neutralize`, a text cell that a spreadsheet would run as a formula gets a leading `'`.
 */
export function csvText(
  header: readonly string[] | undefined,
  rows: readonly (readonly CsvCell[])[],
  neutralize: boolean,
): string {
  const cell = (value: CsvCell) => {
    if (typeof value === 'number') return quote(String(value));
    const text = value === undefined ? '' : String(value);
    return quote(neutralize && FORMULA_START.test(text) ? `'${text}` : text);
  };
  const records = [...(header ? [header] : []), ...rows].map(
    (row) => `${row.map(cell).join(',')}\r\n`,
  );
  return records.join('');
}
