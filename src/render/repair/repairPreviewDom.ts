import type { EncodingRepair } from '../../core/repair/repairEncoding';
import { t } from '../../lang/t';

/**
 * The repaired note as it would be written, each uncertain character in a `bl-repair-uncertain` span
 * (with a tooltip), under the counts of characters repaired, certain and uncertain.
 */
export function renderRepairPreview(parent: HTMLElement, repair: EncodingRepair): HTMLElement {
	const box = parent.createDiv({ cls: 'bl-repair-preview' });
	box.createEl('p', { cls: 'bl-repair-page', text: t('repair.page', { page: repair.page }) });
	box.createEl('p', {
		cls: 'bl-repair-counts',
		text: t('repair.counts', { repaired: repair.repaired, certain: repair.certain, uncertain: repair.uncertain }),
	});
	const pre = box.createEl('pre', { cls: 'bl-repair-text' });
	let from = 0;
	for (const at of repair.uncertainAt) {
		pre.appendText(repair.text.slice(from, at));
		const end = at + (repair.text.codePointAt(at)! > 0xffff ? 2 : 1);
		pre.createSpan({ cls: 'bl-repair-uncertain', text: repair.text.slice(at, end), attr: { title: t('repair.uncertainTitle') } });
		from = end;
	}
	pre.appendText(repair.text.slice(from));
	return box;
}
