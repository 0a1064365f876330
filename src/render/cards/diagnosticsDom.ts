import type { Diagnostic } from '../../core/model';
import { diagnosticText } from '../../lang/diagnosticText';
import { t } from '../../lang/t';

/** The parser's diagnostics in the interface language, folded away by default (a mis-encoded note's open: nothing else shows); each names the line it jumps to. */
export function renderDiagnostics(parent: HTMLElement, diagnostics: Diagnostic[]): HTMLElement {
	const details = parent.createEl('details', { cls: 'bl-diagnostics' });
	if (diagnostics.some((d) => d.code === 'mis-encoded')) details.open = true;
	const count = diagnostics.length;
	details.createEl('summary', { text: count === 1 ? t('diagnostics.count.one') : t('diagnostics.count.other', { count }) });
	const list = details.createEl('ul');
	for (const diagnostic of diagnostics) {
		const item = list.createEl('li', { cls: `bl-diagnostic bl-diagnostic-${diagnostic.severity}` });
		item.createEl('button', {
			cls: 'bl-diagnostic-line',
			text: t('diagnostics.line', { line: diagnostic.line + 1 }),
			attr: { 'data-line': diagnostic.line },
		});
		item.appendText(` ${diagnosticText(diagnostic.params)}`);
		// A mis-encoded lesson reads again once repaired: the command's preview, from here.
		if (diagnostic.code === 'mis-encoded') item.createEl('button', { cls: 'bl-diagnostic-repair', text: t('diagnostics.repair') });
	}
	return details;
}
