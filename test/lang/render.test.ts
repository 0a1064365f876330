// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { setInterfaceLanguage } from '../../src/lang/t';
import { renderControls, totalsText } from '../../src/render/glossary/controls';
import { renderDiagnostics } from '../../src/render/cards/diagnosticsDom';

describe('the display in Chinese', () => {
	afterEach(() => setInterfaceLanguage('en'));

	it('labels the glossary controls in Traditional Chinese, with Taiwan vocabulary', () => {
		setInterfaceLanguage('zh-TW');
		const controls = renderControls(document.body.createDiv(), { text: '', hotOnly: false, dueOnly: false, lesson: null, pos: null, sort: 'az' });
		expect(controls.search.placeholder).toBe('搜尋詞條、釋義、音標');
		expect(controls.exportCsv.getAttr('aria-label')).toBe('將顯示的詞條匯出為 CSV');
		expect(Array.from(controls.sort.options, (o) => o.text)).toEqual(['依字母', '課文最多', '最近的課文']);
		expect(totalsText({ lessons: 1, terms: 12, hot: 3 })).toBe('1 篇課文 · 12 個詞條 · 3 🔥');
	});

	it('heads diagnostics in Simplified Chinese, one count and line per problem', () => {
		setInterfaceLanguage('zh');
		const el = renderDiagnostics(document.body.createDiv(), [{ line: 4, severity: 'warning', code: 'no-translation', message: 'unit (2) has no translation', params: { kind: 'no-translation', unit: 2 }, unit: 2 }]);
		expect(el.find('summary').getText()).toBe('1 个课文格式问题');
		expect(el.find('.bl-diagnostic-line').getText()).toBe('第 5 行');
	});
});
