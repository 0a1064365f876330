import { interlinear, shortGloss, type InterlinearNode } from '../../core/cards/interlinear';
import type { Term, Unit } from '../../core/model';
import type { CardEnv } from './cardEnv';
import { readInline } from '../../core/parser/inlineMarkdown';
import { InlineDrawer } from './InlineDrawer';

/** Deeper modifiers share the last style. */
const MAX_DEPTH_CLASS = 3;

/**
 * The unit's English, interlinear: markup groups as styled segments, each located term a
 * focusable span (its popover: see termsOfSpan) and its gloss when the gloss mode shows it ("🔥 only" renders no other
 * glosses: a settings change re-renders the cards). The gloss is the term's first child, placed
 * above it by CSS out of the flow, so it never widens the line. Hover and brackets are left to CSS.
 */
export function renderEnglish(parent: HTMLElement, unit: Unit, env: Pick<CardEnv, 'glossMode' | 'showBrackets'>): HTMLElement {
	const cls = ['bl-english', `bl-glosses-${env.glossMode}`];
	if (env.showBrackets) cls.push('bl-show-brackets');
	const english = parent.createDiv({ cls });
	const shows = env.glossMode === 'hot' ? (term: Term) => term.hot : () => true;
	appendNodes(english, interlinear(unit), { shows, inline: new InlineDrawer(readInline(unit.english)), at: 0 });
	return english;
}

interface TermContext {
	shows: (term: Term) => boolean;
	inline: InlineDrawer;
	/** Where the next piece starts in the English: the pieces cover it in order, brackets included. */
	at: number;
}

const FOCUSABLE = { tabindex: 0, role: 'button' };

function appendNodes(parent: HTMLElement, nodes: InterlinearNode[], ctx: TermContext): void {
	for (const node of nodes) {
		switch (node.kind) {
			case 'text':
				appendText(parent, node.text, ctx);
				break;
			case 'bracket':
				parent.createSpan({ cls: 'bl-bracket', text: node.text });
				ctx.at += node.text.length;
				break;
			case 'markup': {
				const cls = [`bl-${node.markup}`];
				if (node.markup === 'modifier') cls.push(`bl-depth-${Math.min(node.depth, MAX_DEPTH_CLASS)}`);
				appendNodes(parent.createSpan({ cls }), node.children, ctx);
				break;
			}
			case 'term':
				appendTerm(parent, node, ctx);
				break;
		}
	}
}

function appendTerm(parent: HTMLElement, node: Extract<InterlinearNode, { kind: 'term' }>, ctx: TermContext): void {
	const continued = node.glossed.length === 0;
	const cls = `bl-term${node.hot ? ' bl-term-hot' : ''}${continued ? ' bl-term-continued' : ''}`;
	// The first piece is the one keyboard users reach; a continuation still opens the popover on a click.
	const span = continued ? parent.createSpan({ cls }) : parent.createSpan({ cls, attr: FOCUSABLE });
	const glosses = node.glossed.filter(ctx.shows);
	// Nearly every term has its gloss to itself: then the gloss is the item, one element fewer.
	if (glosses.length === 1) appendGloss(span, 'bl-gloss', glosses[0]);
	else if (glosses.length > 1) {
		const gloss = span.createSpan({ cls: 'bl-gloss' });
		for (const term of glosses) appendGloss(gloss, '', term);
	}
	appendText(span, node.text, ctx);
}

/** A piece of the English, its inline Markdown drawn. */
function appendText(parent: HTMLElement, text: string, ctx: TermContext): void {
	ctx.inline.append(parent, text, ctx.at);
	ctx.at += text.length;
}

/** One term's gloss: its short meaning (the popover has the rest). */
function appendGloss(parent: HTMLElement, cls: string, term: Term): void {
	const hot = term.hot ? ' bl-gloss-hot' : '';
	parent.createSpan({ cls: `${cls} bl-gloss-item${hot}`.trim(), text: shortGloss(term.meaning), attr: { 'data-term': term.term } });
}

/**
 * The terms a term span of a unit's English stands for: the pieces of `interlinear(unit)` and the
 * `.bl-term` spans of the English come in the same order (found at a click, not written on every span).
 */
export function termsOfSpan(span: Element, unit: Unit): Term[] {
	const english = span.closest('.bl-english');
	if (!english) return [];
	const index = Array.prototype.indexOf.call(english.querySelectorAll('.bl-term'), span);
	return termPieces(interlinear(unit))[index]?.terms ?? [];
}

function termPieces(nodes: InterlinearNode[], into: Extract<InterlinearNode, { kind: 'term' }>[] = []): Extract<InterlinearNode, { kind: 'term' }>[] {
	for (const node of nodes) {
		if (node.kind === 'term') into.push(node);
		else if (node.kind === 'markup') termPieces(node.children, into);
	}
	return into;
}
