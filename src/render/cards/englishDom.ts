import { interlinear, shortGloss, type InterlinearNode } from '../../core/cards/interlinear';
import type { Term, Unit } from '../../core/model';
import type { CardEnv } from './cardEnv';

/** Deeper modifiers share the last underline style. */
const MAX_DEPTH_CLASS = 3;

/**
 * The unit's English, interlinear: markup groups as styled segments, each located term marked,
 * and as a ruby whose annotation is its gloss when the gloss mode shows it ("🔥 only" renders
 * no other glosses: a settings change re-renders the cards). Hover and brackets are left to CSS.
 */
export function renderEnglish(parent: HTMLElement, unit: Unit, env: Pick<CardEnv, 'glossMode' | 'showBrackets'>): HTMLElement {
	const cls = ['bl-english', `bl-glosses-${env.glossMode}`];
	if (env.showBrackets) cls.push('bl-show-brackets');
	const english = parent.createDiv({ cls });
	const shows = env.glossMode === 'hot' ? (term: Term) => term.hot : () => true;
	appendNodes(english, interlinear(unit), shows);
	return english;
}

function appendNodes(parent: HTMLElement, nodes: InterlinearNode[], shows: (term: Term) => boolean): void {
	for (const node of nodes) {
		switch (node.kind) {
			case 'text':
				parent.appendText(node.text);
				break;
			case 'bracket':
				parent.createSpan({ cls: 'bl-bracket', text: node.text });
				break;
			case 'markup': {
				const cls = [`bl-${node.markup}`];
				if (node.markup === 'modifier') cls.push(`bl-depth-${Math.min(node.depth, MAX_DEPTH_CLASS)}`);
				appendNodes(parent.createSpan({ cls }), node.children, shows);
				break;
			}
			case 'term':
				appendTerm(parent, node.text, node.glossed.filter(shows), node.hot, node.glossed.length === 0);
				break;
		}
	}
}

function appendTerm(parent: HTMLElement, text: string, glosses: Term[], hot: boolean, continued: boolean): void {
	const cls = hot ? 'bl-term bl-term-hot' : 'bl-term';
	if (glosses.length === 0) {
		parent.createSpan({ cls: continued ? `${cls} bl-term-continued` : cls, text });
		return;
	}
	const ruby = parent.createEl('ruby', { cls });
	ruby.createSpan({ cls: 'bl-term-text', text });
	// Nearly every term has its gloss to itself: then the annotation is the gloss, one element fewer.
	if (glosses.length === 1) return void appendGloss(ruby, 'rt', 'bl-gloss', glosses[0]);
	const rt = ruby.createEl('rt', { cls: 'bl-gloss' });
	for (const term of glosses) appendGloss(rt, 'span', '', term);
}

/** One term's gloss: its short meaning, and IPA where the bullet has it. */
function appendGloss(parent: HTMLElement, tag: 'rt' | 'span', cls: string, term: Term): void {
	const text = term.ipa ? `${shortGloss(term.meaning)} /${term.ipa}/` : shortGloss(term.meaning);
	const hot = term.hot ? ' bl-gloss-hot' : '';
	parent.createEl(tag, { cls: `${cls} bl-gloss-item${hot}`.trim(), text, attr: { 'data-term': term.term } });
}
