import { DIAGNOSTIC_KIND_CODES, type Diagnostic, type DiagnosticParams, type Severity } from '../model';

/** A diagnostic of the kind `params` names: its code, its values, and its English wording for the command line. */
export function diagnostic(line: number, severity: Severity, params: DiagnosticParams, unit?: number): Diagnostic {
	const made: Diagnostic = { line, severity, code: DIAGNOSTIC_KIND_CODES[params.kind], message: englishMessage(params), params };
	if (unit !== undefined) made.unit = unit;
	return made;
}

/** The English wording of a diagnostic (the interface words the same params through its locale). */
export function englishMessage(p: DiagnosticParams): string {
	switch (p.kind) {
		case 'count-mismatch': return `declared ${p.declared} units, found ${p.found}`;
		case 'number-repeated': return `unit (${p.unit}) appears more than once`;
		case 'number-skipped': return `unit (${p.unit}) follows (${p.previous}): ${p.missing} missing`;
		case 'number-out-of-order': return `unit (${p.unit}) follows (${p.previous}): out of order`;
		case 'no-english': return `unit (${p.unit}) has no English text`;
		case 'no-translation': return `unit (${p.unit}) has no translation`;
		case 'no-analysis': return `unit (${p.unit}) has no 解析 list`;
		case 'empty-analysis': return `unit (${p.unit}) has an empty 解析 list`;
		case 'bad-bullet': return `could not read this term bullet: ${p.text}`;
		case 'closes-nothing': return `unit (${p.unit}): '${p.bracket}' closes nothing`;
		case 'not-closed-before': return `unit (${p.unit}): '${p.bracket}' is not closed before '${p.closer}'`;
		case 'never-closed': return `unit (${p.unit}): '${p.bracket}' is never closed`;
		case 'more-unbalanced': return `unit (${p.unit}): ${p.count} more unbalanced brackets`;
		case 'markup-too-deep': return `unit (${p.unit}): brackets nested deeper than ${p.depth} levels are read as text`;
		case 'mis-encoded':
			return `this note looks like UTF-8 read as ${p.page} ("${p.written}" for "${p.meant}"): run "Repair text encoding" to read its ${p.units} unit${p.units === 1 ? '' : 's'}`;
	}
}
