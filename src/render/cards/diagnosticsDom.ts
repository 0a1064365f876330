import type { Diagnostic } from '../../core/model';
import { t } from '../../lang/t';

/** The parser's diagnostics, folded away by default; each names the line it jumps to. */
export function renderDiagnostics(parent: HTMLElement, diagnostics: Diagnostic[]): HTMLElement {
	const details = parent.createEl('details', { cls: 'bl-diagnostics' });
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
		item.appendText(` ${diagnostic.message}`);
	}
	return details;
}
