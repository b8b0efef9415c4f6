/**
 * Reading CSV (RFC 4180). The benchmarks read the labelled corpora with it,
 * and the tests read the cohort report's CSV back with it.
 */

/**
 * The rows of CSV text: quoted fields, doubled quotes and line breaks inside
 * quotes; CRLF, LF or CR ends a row.
 * @example parseCsvRows('a,"b ""c"""\r\n1,2\r\n') → [['a', 'b "c"'], ['1', '2']]
 */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * CSV with a header row, as one record per row keyed by the header; rows of
 * another width are left out.
 * @example parseCsvRecords('text,label\nhi,1\n') → [{ text: 'hi', label: '1' }]
 */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...body] = parseCsvRows(text);
  if (!header) return [];
  return body.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!])));
}
