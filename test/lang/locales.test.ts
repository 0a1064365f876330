import { describe, expect, it } from 'vitest';
import { en } from '../../src/lang/en';
import { LOCALE_IDS, pickLocale } from '../../src/lang/pickLocale';
import { LOCALES, setInterfaceLanguage, t, translate } from '../../src/lang/t';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const HAN = /\p{Script=Han}/u;

describe('the locales', () => {
	it.each(LOCALE_IDS.filter((id) => id !== 'en'))('%s has every key of English and no other', (id) => {
		expect(Object.keys(LOCALES[id]).sort()).toEqual(Object.keys(en).sort());
	});

	it.each(LOCALE_IDS)('%s fills the same {placeholders} as English and leaves no text empty', (id) => {
		for (const [key, text] of Object.entries(LOCALES[id])) {
			expect(text.trim(), key).not.toBe('');
			expect(placeholders(text), key).toEqual(placeholders(en[key as keyof typeof en]));
		}
	});

	it('writes Chinese in both Chinese locales, and Traditional is not the Simplified text', () => {
		const differing = Object.keys(en).filter((key) => LOCALES.zh[key as keyof typeof en] !== LOCALES['zh-TW'][key as keyof typeof en]);
		// Every text with English words in it (not only placeholders and signs) has Chinese words in both;
		// a language's name is written in that language in every locale (English, 简体中文, 繁體中文).
		const autonyms = (['en', 'zh', 'zh-TW'] as const).map((id) => `settings.noteLanguage.${id}` as const);
		for (const key of autonyms) expect([LOCALES.zh[key], LOCALES['zh-TW'][key]], key).toEqual([en[key], en[key]]);
		const worded = (Object.keys(en) as (keyof typeof en)[]).filter((key) => !autonyms.some((a) => a === key) && /[A-Za-z]{2,}/.test(en[key].replace(/\{\w+\}/g, '')));
		expect(worded.length).toBeGreaterThan(Object.keys(en).length * 0.9);
		for (const key of worded) {
			expect(LOCALES.zh[key], key).toMatch(HAN);
			expect(LOCALES['zh-TW'][key], key).toMatch(HAN);
		}
		// 卡片 is the same word in both scripts; nearly everything else differs in script or vocabulary.
		expect(differing.length).toBeGreaterThan(Object.keys(en).length * 0.8);
		expect(LOCALES.zh['settings.termFolder.name']).toContain('文件夹');
		expect(LOCALES['zh-TW']['settings.termFolder.name']).toContain('資料夾');
	});
});

describe('pickLocale', () => {
	it.each([
		['zh', 'zh'],
		['zh-CN', 'zh'],
		['zh-Hans', 'zh'],
		['zh-TW', 'zh-TW'],
		['zh-tw', 'zh-TW'],
		['zh-HK', 'zh-TW'],
		['zh_MO', 'zh-TW'],
		['zh-Hant', 'zh-TW'],
		['zh-Hant-CN', 'zh-TW'],
		['en', 'en'],
		['en-GB', 'en'],
		['ja', 'en'],
		['', 'en'],
		['zhx', 'en'],
	])('%s → %s', (language, locale) => {
		expect(pickLocale(language)).toBe(locale);
	});
});

describe('t', () => {
	it('speaks the language it was set to, English when the language is not one it knows', () => {
		expect(setInterfaceLanguage('zh-HK')).toBe('zh-TW');
		expect(t('command.openGlossary')).toBe('開啟詞彙表');
		setInterfaceLanguage('zh');
		expect(t('command.openGlossary')).toBe('打开词汇表');
		setInterfaceLanguage('fr');
		expect(t('command.openGlossary')).toBe('Open glossary');
	});

	it('fills {name} placeholders from the values given, in every locale', () => {
		expect(translate('en', 'notice.exported', { count: 3, path: 'Glossary.csv' })).toBe('Exported 3 terms to Glossary.csv');
		expect(translate('zh', 'notice.exported', { count: 3, path: 'Glossary.csv' })).toBe('已将 3 个词条导出到 Glossary.csv');
		expect(translate('zh-TW', 'notice.exported', { count: 3, path: 'Glossary.csv' })).toBe('已將 3 個詞條匯出至 Glossary.csv');
	});

	it('leaves braces that are not placeholders alone', () => {
		expect(translate('en', 'settings.showMarkupBrackets.desc')).toBe('Show the { } [ ] ( ) brackets of the syntax markup as written.');
	});
});

// Type-level checks: tsc fails the build if t() stops requiring a placeholder's value or accepts one where none exists.
export function typeChecks(): void {
	// @ts-expect-error `notice.exported` needs {count} and {path}
	t('notice.exported');
	// @ts-expect-error `command.openGlossary` has no placeholders
	t('command.openGlossary', { count: 1 });
	// @ts-expect-error not a key
	t('command.noSuchCommand');
}
