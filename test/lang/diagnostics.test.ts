// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_KIND_CODES, type Diagnostic, type DiagnosticKind } from '../../src/core/model';
import { MAX_MARKUP_DEPTH } from '../../src/core/parser/markup';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { diagnosticText } from '../../src/lang/diagnosticText';
import { LOCALE_IDS } from '../../src/lang/pickLocale';
import { LOCALES, setInterfaceLanguage } from '../../src/lang/t';
import { renderDiagnostics } from '../../src/render/cards/diagnosticsDom';

// A beekeeping lesson with something off in nearly every unit: together they make every kind of diagnostic the parser has.
const unit = (head: string, english: string, translation: string | null, analysis: string[] | null) =>
	[`${head} ${english}`, '', ...(translation === null ? [] : [translation, '']), ...(analysis ?? ['The hive hums along.']), '', '---', ''].join('\n');
const terms = ['解析：', '* **hive** /haɪv/：蜂巢 🔥'];
const BEES = [
	'# 🐝 养蜂入门 英语段落翻译',
	'本文共 **12 个语义单元**，将全部翻译。',
	'---',
	unit('(1) [00:01-00:09]', '**A {healthy hive} needs a [laying queen].**', '健康的蜂群需要一只产卵的蜂王。', terms),
	unit('(2) [00:09-00:15]', '**Workers (the [female bees] forage all day.**', '工蜂整天采集。', terms),
	unit('(3) [00:15-00:20]', '**Drones } do not sting at all.**', '雄蜂根本不蜇人。', terms),
	unit('(3) [00:20-00:25]', '**Smoke calms the colony {before [you open it}.**', '开箱前用烟让蜂群安静。', terms),
	unit('(6) [00:25-00:30]', `**Frames ) ) ) ) ) ) ) hold the comb.**`, '巢框托着巢脾。', terms),
	unit('(5) [00:30-00:35]', `**${'('.repeat(MAX_MARKUP_DEPTH + 1)}Deep nesting here.**`, '嵌套很深。', terms),
	unit('(7) [00:35-00:40]', '**Honey is harvested in late summer.**', null, terms),
	unit('(8) [00:40-00:45]', '**Wax moths ruin weak colonies.**', '蜡螟会毁掉弱群。', null),
	unit('(9) [00:45-00:50]', '**Varroa mites spread between hives.**', '瓦螨在蜂箱之间传播。', ['解析：']),
	unit('(10) [00:50-00:55]', '**Feed sugar syrup in early spring.**', '早春喂糖水。', ['解析：', '* 一条没有冒号的笔记']),
	'(11) [00:55-01:00]',
	'',
	'只有翻译。',
	'',
	...terms,
].join('\n');

/** A lesson's UTF-8 read as ISO-8859-1, as a badly set editor saves it. */
const misRead = (text: string) => new TextDecoder('latin1').decode(new TextEncoder().encode(text));
const ONE_UNIT = ['# 🐝 蜂蜡', '(1) [00:01-00:09] **Beeswax is made by young workers.**', '', '蜂蜡由年轻工蜂分泌。', '', ...terms].join('\n');

const all = (): Diagnostic[] => [...parseLesson(BEES).diagnostics, ...parseLesson(misRead(BEES)).diagnostics, ...parseLesson(misRead(ONE_UNIT)).diagnostics];
const capitalised = (text: string) => text[0].toUpperCase() + text.slice(1);

describe('diagnostic messages in every language', () => {
	afterEach(() => setInterfaceLanguage('en'));

	it('every code has a message key in every locale, and every kind of message a key', () => {
		const kinds = Object.keys(DIAGNOSTIC_KIND_CODES) as DiagnosticKind[];
		for (const code of DIAGNOSTIC_CODES) expect(kinds.filter((kind) => DIAGNOSTIC_KIND_CODES[kind] === code), code).not.toEqual([]);
		for (const id of LOCALE_IDS) for (const kind of kinds) expect(LOCALES[id], `${id} ${kind}`).toHaveProperty([`diagnostic.${kind}`]);
	});

	it('the test lessons make every kind of diagnostic, and a code with its params beside the English message', () => {
		const found = all();
		expect(new Set(found.map((d) => d.params.kind))).toEqual(new Set(Object.keys(DIAGNOSTIC_KIND_CODES)));
		for (const d of found) expect(d.code, d.message).toBe(DIAGNOSTIC_KIND_CODES[d.params.kind]);
		expect(found.find((d) => d.params.kind === 'number-skipped')?.params).toEqual({ kind: 'number-skipped', unit: 6, previous: 3, missing: '(4)–(5)' });
		expect(found.filter((d) => d.code === 'mis-encoded').map((d) => d.params)).toMatchObject([{ units: 11 }, { units: 1 }]);
	});

	it('English words each one as the command line prints it', () => {
		for (const d of all()) expect(diagnosticText(d.params, 'en')).toBe(capitalised(d.message));
	});

	it.each(['zh', 'zh-TW'] as const)('%s words each one in Chinese, with every value filled in', (locale) => {
		for (const d of all()) {
			const text = diagnosticText(d.params, locale);
			expect(text, d.message).toMatch(/\p{Script=Han}/u);
			expect(text, d.message).not.toMatch(/\{\w+\}/);
			// No English words besides the values (a code page's name, a bullet as written).
			const words = Object.values(d.params).reduce<string>((rest, value) => rest.split(String(value)).join(''), text);
			expect(words, d.message).not.toMatch(/[a-z]{3,}/);
			if ('unit' in d.params) expect(text).toContain(`(${d.params.unit})`);
		}
		const skipped = all().find((d) => d.params.kind === 'number-skipped') as Diagnostic;
		expect(diagnosticText(skipped.params, locale)).toContain('(4)–(5)');
	});

	it.each(LOCALE_IDS)('%s names the repair command of a mis-encoded note by the name the command palette shows', (locale) => {
		const misEncoded = all().filter((d) => d.params.kind === 'mis-encoded');
		expect(misEncoded).toHaveLength(2);
		const name = LOCALES[locale]['command.repairEncoding'];
		const quoted = locale === 'en' ? `"${name}"` : locale === 'zh' ? `“${name}”` : `「${name}」`;
		for (const d of misEncoded) expect(diagnosticText(d.params, locale)).toContain(quoted);
	});

	it('the lesson view lists them in the interface language', () => {
		setInterfaceLanguage('zh-TW');
		const el = renderDiagnostics(document.body.createDiv(), parseLesson(BEES).diagnostics);
		const items = el.findAll('li').map((li) => li.getText());
		expect(items[0]).toBe('第 2 行 宣告了 12 個單元，實際找到 11 個');
		expect(items).toContain(`第 ${BEES.split('\n').findIndex((l) => l.startsWith('(8)')) + 5} 行 單元 (8) 沒有「解析」清單`);
		expect(items.join('\n')).not.toMatch(/unit|closed|bullet/);
	});
});

