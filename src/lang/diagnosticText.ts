import type { DiagnosticParams } from '../core/model';
import type { LocaleId } from './pickLocale';
import type { TextKey } from './en';
import { currentLocale, translate, type VarsOf } from './t';

/** A diagnostic worded in `locale` (the interface's by default) from its kind and values: the parser's own message is English. */
export function diagnosticText(p: DiagnosticParams, locale: LocaleId = currentLocale()): string {
	const say = <K extends TextKey>(key: K, ...vars: VarsOf<K>): string => translate(locale, key, ...vars);
	switch (p.kind) {
		case 'count-mismatch': return say('diagnostic.count-mismatch', { declared: p.declared, found: p.found });
		case 'number-repeated': return say('diagnostic.number-repeated', { unit: p.unit });
		case 'number-skipped': return say('diagnostic.number-skipped', { unit: p.unit, previous: p.previous, missing: p.missing });
		case 'number-out-of-order': return say('diagnostic.number-out-of-order', { unit: p.unit, previous: p.previous });
		case 'no-english': return say('diagnostic.no-english', { unit: p.unit });
		case 'no-translation': return say('diagnostic.no-translation', { unit: p.unit });
		case 'no-analysis': return say('diagnostic.no-analysis', { unit: p.unit });
		case 'empty-analysis': return say('diagnostic.empty-analysis', { unit: p.unit });
		case 'bad-bullet': return say('diagnostic.bad-bullet', { text: p.text });
		case 'closes-nothing': return say('diagnostic.closes-nothing', { unit: p.unit, bracket: p.bracket });
		case 'not-closed-before': return say('diagnostic.not-closed-before', { unit: p.unit, bracket: p.bracket, closer: p.closer });
		case 'never-closed': return say('diagnostic.never-closed', { unit: p.unit, bracket: p.bracket });
		case 'more-unbalanced': return say('diagnostic.more-unbalanced', { unit: p.unit, count: p.count });
		case 'markup-too-deep': return say('diagnostic.markup-too-deep', { unit: p.unit, depth: p.depth });
		case 'mis-encoded': {
			const { page, written, meant, units } = p;
			return say(units === 1 ? 'diagnostic.mis-encoded.one' : 'diagnostic.mis-encoded', { page, written, meant, units, command: say('command.repairEncoding') });
		}
	}
}
