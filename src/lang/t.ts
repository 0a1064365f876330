import { en, type Locale, type TextKey } from './en';
import { pickLocale, type LocaleId } from './pickLocale';
import { zh } from './zh';
import { zhTW } from './zh-TW';

export const LOCALES: Readonly<Record<LocaleId, Locale>> = { en, zh, 'zh-TW': zhTW };

/** The names of the `{name}` placeholders in a text. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
	? (Name extends '' | `${string} ${string}` ? never : Name) | Placeholders<Rest>
	: never;

/** What `t(key, …)` takes after the key: the values of the English text's placeholders, or nothing when it has none. */
export type VarsOf<K extends TextKey> = [Placeholders<(typeof en)[K]>] extends [never] ? [] : [vars: Record<Placeholders<(typeof en)[K]>, string | number>];

let current: LocaleId = 'en';

/** Sets the interface locale from an app language code (see pickLocale); the plugin calls it when it loads. */
export function setInterfaceLanguage(language: string): LocaleId {
	current = pickLocale(language);
	return current;
}

/** The interface locale in use. */
export function currentLocale(): LocaleId {
	return current;
}

/** The text for `key` in `locale`, its `{name}` placeholders filled from `vars`. */
export function translate<K extends TextKey>(locale: LocaleId, key: K, ...[vars]: VarsOf<K>): string {
	const text = LOCALES[locale][key];
	if (!vars) return text;
	const values = vars as Record<string, string | number>;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The interface text for `key` in the current locale. */
export function t<K extends TextKey>(key: K, ...vars: VarsOf<K>): string {
	return translate(current, key, ...vars);
}
