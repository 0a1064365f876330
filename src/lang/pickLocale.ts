/** The interface languages the plugin speaks. */
export type LocaleId = 'en' | 'zh' | 'zh-TW';

export const LOCALE_IDS: readonly LocaleId[] = ['en', 'zh', 'zh-TW'];

/**
 * The locale for an app language code (Obsidian's `getLanguage()`): Traditional Chinese for `zh-TW`
 * and the regions and script tags that write it (Hong Kong, Macau, `Hant`), Simplified for other `zh`,
 * English for everything else.
 */
export function pickLocale(language: string): LocaleId {
	const parts = language.trim().toLowerCase().split(/[-_]/);
	if (parts[0] !== 'zh') return 'en';
	return parts.slice(1).some((part) => ['tw', 'hk', 'mo', 'hant'].includes(part)) ? 'zh-TW' : 'zh';
}
