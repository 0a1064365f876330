import { t } from '../../lang/t';

/**
 * What the card markup means, drawn with the cards' own classes (so it shows as the theme draws
 * them): a clause, a modifier and one nested in it, an aside, a term, a key term with its gloss.
 */
export function renderLegend(parent: HTMLElement): HTMLElement {
	const legend = parent.createEl('dl', { cls: 'bl-legend' });
	const item = (explain: string, sample: (dd: HTMLElement) => void): void => {
		sample(legend.createEl('dt').createDiv({ cls: 'bl-english' }));
		legend.createEl('dd', { text: explain });
	};
	item(t('legend.clause'), (el) => el.createSpan({ cls: 'bl-clause', text: 'we ship it' }));
	item(t('legend.modifier'), (el) => {
		const outer = el.createSpan({ cls: 'bl-modifier bl-depth-1', text: 'the model ' });
		outer.createSpan({ cls: 'bl-modifier bl-depth-2', text: 'that we trained' });
	});
	item(t('legend.aside'), (el) => el.createSpan({ cls: 'bl-aside', text: 'actually' }));
	item(t('legend.term'), (el) => el.createSpan({ cls: 'bl-term', text: 'outsource' }));
	item(t('legend.hotTerm'), (el) => {
		const term = el.createSpan({ cls: 'bl-term bl-term-hot' });
		term.createSpan({ cls: 'bl-gloss bl-gloss-item', text: '延迟' });
		term.appendText('latency');
	});
	return legend;
}
