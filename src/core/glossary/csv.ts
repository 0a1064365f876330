/**
 * RFC 4180 CSV for spreadsheet apps: fields quoted when they hold a comma, quote or line break; CRLF between
 * records. A field a spreadsheet would run as a formula (starting with `= + - @`, a tab or a carriage return)
 * is written as text, as OWASP advises against CSV injection: a leading `'`, inside quotes.
 */
export function toCsv(rows: string[][]): string {
	return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: string): string {
	const text = FORMULA_START.test(value) ? `'${value}` : value;
	return text !== value || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvDialect {
	/** The field separator: `,` unless told. */
	delimiter?: string;
	/** A record starting with this character is a comment and skipped (Anki's `#`). */
	comment?: string;
}

/**
 * Reads CSV back into rows (a leading BOM is skipped). Lenient, never throwing: an unterminated quote runs to
 * the end of the text, and a stray quote inside an unquoted field is kept as a character.
 */
export function parseCsv(text: string, dialect: CsvDialect = {}): string[][] {
	const { delimiter = ',', comment } = dialect;
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let recordStart = true;
	let i = text.startsWith('\uFEFF') ? 1 : 0;
	const endField = (): void => {
		row.push(field);
		field = '';
	};
	const endRow = (): void => {
		endField();
		rows.push(row);
		row = [];
		recordStart = true;
	};
	while (i < text.length) {
		const c = text[i];
		const first = recordStart;
		recordStart = false;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i += 2;
				continue;
			}
			if (c === '"') quoted = false;
			else field += c;
		} else if (first && c === comment) {
			const end = text.indexOf('\n', i);
			i = end === -1 ? text.length : end;
			recordStart = true;
		} else if (c === '"' && field === '') {
			quoted = true;
		} else if (c === delimiter) {
			endField();
		} else if (c === '\r' || c === '\n') {
			endRow();
			if (c === '\r' && text[i + 1] === '\n') i++;
		} else {
			field += c;
		}
		i++;
	}
	if (field !== '' || row.length > 0 || quoted) endRow();
	return rows;
}
