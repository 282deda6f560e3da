/**
 * CSV as RFC 4180 writes it, for the index exports a spreadsheet opens: records end with CRLF, a
 * field holding a comma, a double quote, CR or LF is enclosed in double quotes with each double
 * quote doubled, and every other field is written bare. Null is the empty field.
 */

/** A value a CSV field can hold. */
export type CsvValue = string | number | boolean | null;

/** Fields starting with these are read as formulas by spreadsheets (CSV injection); a headline
 * or quotation starting with "=" or "-" must stay text, so such a field is quoted. Quoting keeps
 * the characters exactly: the value read back is the value written. */
const FORMULA_START = /^[=+\-@\t\r]/u;

/** One field, quoted when RFC 4180 requires it (or when it could read as a formula). */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/u.test(text) || FORMULA_START.test(text)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/** One record: its fields joined by commas, ended by CRLF. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The record of `entry` under `columns` (a column the entry lacks is the empty field). */
export function csvRecord<K extends string>(
  columns: readonly K[],
  entry: Readonly<Partial<Record<K, CsvValue>>>,
): string {
  return csvRow(columns.map((column) => entry[column] ?? null));
}

/** Reads CSV text back into records (for tests and clients that check an export): the inverse of
 * {@link csvRow} for any text RFC 4180 allows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
