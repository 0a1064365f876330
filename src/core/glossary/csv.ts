/** RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; CRLF between records. */
export function toCsv(rows: string[][]): string {
	return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Reads CSV back into rows (a leading BOM is skipped). Lenient, never throwing: an unterminated quote runs to
 * the end of the text, and a stray quote inside an unquoted field is kept as a character.
 */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = text.startsWith('\uFEFF') ? 1 : 0;
	const endField = (): void => {
		row.push(field);
		field = '';
	};
	const endRow = (): void => {
		endField();
		rows.push(row);
		row = [];
	};
	while (i < text.length) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i += 2;
				continue;
			}
			if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') {
			quoted = true;
		} else if (c === ',') {
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
