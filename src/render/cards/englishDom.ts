import { interlinear, shortGloss, type InterlinearNode } from '../../core/cards/interlinear';
import type { Term, Unit } from '../../core/model';
import type { CardEnv } from './cardEnv';

/** Deeper modifiers share the last underline style. */
const MAX_DEPTH_CLASS = 3;

/**
 * The unit's English, interlinear: markup groups as styled segments, each located term as a
 * ruby whose annotation is its gloss. Which glosses show (all, 🔥, on hover) and whether the
 * brackets show is left to CSS through the classes set here, so a settings change is a re-render.
 */
export function renderEnglish(parent: HTMLElement, unit: Unit, env: Pick<CardEnv, 'glossMode' | 'showBrackets'>): HTMLElement {
	const cls = ['bl-english', `bl-glosses-${env.glossMode}`];
	if (env.showBrackets) cls.push('bl-show-brackets');
	const english = parent.createDiv({ cls });
	appendNodes(english, interlinear(unit));
	return english;
}

function appendNodes(parent: HTMLElement, nodes: InterlinearNode[]): void {
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
				appendNodes(parent.createSpan({ cls, attr: { 'data-depth': node.depth } }), node.children);
				break;
			}
			case 'term':
				appendTerm(parent, node.text, node.glossed, node.hot, node.terms);
				break;
		}
	}
}

function appendTerm(parent: HTMLElement, text: string, glossed: Term[], hot: boolean, terms: Term[]): void {
	const cls = hot ? ['bl-term', 'bl-term-hot'] : ['bl-term'];
	const title = terms.map(describe).join('\n');
	if (glossed.length === 0) {
		parent.createSpan({ cls: [...cls, 'bl-term-continued'], text, title });
		return;
	}
	const ruby = parent.createEl('ruby', { cls, title });
	ruby.createSpan({ cls: 'bl-term-text', text });
	const rt = ruby.createEl('rt', { cls: 'bl-gloss' });
	for (const term of glossed) {
		const text = term.ipa ? `${shortGloss(term.meaning)} /${term.ipa}/` : shortGloss(term.meaning);
		rt.createSpan({ cls: term.hot ? 'bl-gloss-item bl-gloss-hot' : 'bl-gloss-item', text, attr: { 'data-term': term.term } });
	}
}

/** The tooltip of a term: everything its bullet says. */
function describe(term: Term): string {
	const ipa = term.ipa ? ` /${term.ipa}/` : '';
	const pos = term.pos ? `${term.pos}，` : '';
	return `${term.term}${ipa}：${pos}${term.meaning}${term.hot ? ' 🔥' : ''}`;
}
