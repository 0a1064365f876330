import type { Span, Term, TermFields } from '../model';
import { TermLocator } from './TermLocator';
import { wordsOnly } from './inlineMarkdown';

/**
 * The spans of one unit's terms, located when the first is read: all of them in one go, in list order with one
 * locator, as a parse did before. The glossary and its index never read a span, and locating was a third of a parse.
 */
class UnitSpans {
	private spans: Map<Term, Span | null> | null = null;

	constructor(
		private readonly english: string,
		private readonly terms: readonly Term[],
	) {}

	get(term: Term): Span | null {
		return this.located().get(term) ?? null;
	}

	set(term: Term, span: Span | null): void {
		this.located().set(term, span);
	}

	private located(): Map<Term, Span | null> {
		if (this.spans === null) {
			// Not in a link's address nor a tag: only where the English shows words.
			const locator = new TermLocator(wordsOnly(this.english));
			this.spans = new Map();
			for (const term of this.terms) this.spans.set(term, locator.locate(term.term));
		}
		return this.spans;
	}
}

/** A term's link to its unit's spans. Not enumerable: JSON, spreads, copies and `structuredClone` never see it. */
const UNIT_SPANS = Symbol('unit spans');

type LinkedTerm = Term & { [UNIT_SPANS]: UnitSpans };

/**
 * `span`, as one accessor every term shares (an accessor of its own would give each term a shape of its own).
 * Enumerable, so JSON, spreads and `structuredClone` read it as the value it was.
 */
const LAZY_SPAN: PropertyDescriptor = {
	get(this: LinkedTerm): Span | null {
		return this[UNIT_SPANS].get(this);
	},
	set(this: LinkedTerm, span: Span | null) {
		this[UNIT_SPANS].set(this, span);
	},
	enumerable: true,
	configurable: true,
};

/**
 * Makes the terms of one unit, to be pushed onto `terms` in list order, whose spans in `english` are located when
 * first read. Its fields come in the model's order: `span` between `line` and `raw`.
 */
export function lazyTermMaker(english: string, terms: readonly Term[]): (fields: TermFields, line: number, raw: string) => Term {
	let link: PropertyDescriptor | null = null;
	return (fields, line, raw) => new LazyTerm(fields, line, raw, (link ??= { value: new UnitSpans(english, terms) })) as unknown as Term;
}

/**
 * A term as made: by a constructor, so that each has room for all its fields from the start (a literal that gains its
 * span, raw text and link afterwards moves them to a store of their own, an allocation more per term).
 */
class LazyTerm {
	constructor(fields: TermFields, line: number, raw: string, link: PropertyDescriptor) {
		const term = this as unknown as LinkedTerm;
		term.term = fields.term;
		term.ipa = fields.ipa;
		term.pos = fields.pos;
		term.meaning = fields.meaning;
		term.hot = fields.hot;
		term.line = line;
		Object.defineProperty(term, 'span', LAZY_SPAN);
		term.raw = raw;
		Object.defineProperty(term, UNIT_SPANS, link);
	}
}
