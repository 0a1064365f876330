import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, firstRun, loadSettings, settingValue } from '../../src/settings';

describe('saved settings', () => {
	it('keep each valid value, a folder name trimmed, and put the default in place of a wrong one', () => {
		const loaded = loadSettings({ termFolder: '  Lexicon/Verbs ', glossMode: 'loud', renderCards: 'no', studyModeDefault: true, extraAnalysisLabel: 'Gloss', stray: 1 });
		expect(loaded).toEqual({ ...DEFAULT_SETTINGS, termFolder: 'Lexicon/Verbs', studyModeDefault: true, extraAnalysisLabel: 'Gloss' });
		expect(loadSettings({ termFolder: ' \t' }).termFolder).toBe(DEFAULT_SETTINGS.termFolder);
		expect(loadSettings(null)).toEqual(DEFAULT_SETTINGS);
	});

	it('are judged one by one as the settings tab saves them', () => {
		expect(settingValue('glossMode', 'hover')).toBe('hover');
		expect(settingValue('glossMode', 'HOVER')).toBeUndefined();
		expect(settingValue('reviewReviewsPerDay', 0)).toBe(0);
		expect(settingValue('reviewReviewsPerDay', Number.NaN)).toBeUndefined();
		expect(settingValue('reviewReviewsPerDay', '15')).toBeUndefined();
		expect(settingValue('extraAnalysisLabel', '')).toBe('');
		expect(settingValue('termFolder', '')).toBeUndefined();
	});

	it('take the notes\' language from the app\'s when none is saved, and keep a saved one whatever the app\'s is', () => {
		expect(loadSettings(null, 'zh-CN').noteLanguage).toBe('zh');
		expect(loadSettings({}, 'zh-HK').noteLanguage).toBe('zh-TW');
		expect(loadSettings(undefined, 'fr').noteLanguage).toBe('en');
		expect(loadSettings({ noteLanguage: 'zh-TW' }, 'en').noteLanguage).toBe('zh-TW');
		expect(loadSettings({ noteLanguage: 'en' }, 'zh').noteLanguage).toBe('en');
		// An unknown saved value is no choice: the app's language, as on a first run.
		expect(loadSettings({ noteLanguage: 'fr' }, 'zh-TW').noteLanguage).toBe('zh-TW');
		expect(loadSettings({ noteLanguage: 'ZH' }, 'en').noteLanguage).toBe('en');
		expect(settingValue('noteLanguage', 'zh')).toBe('zh');
		expect(settingValue('noteLanguage', 'zh-tw')).toBeUndefined();
	});

	it('are saved once when the notes\' language came from the app (a first run, or a value no version wrote)', () => {
		expect([null, undefined, {}, { termFolder: 'Words' }, { noteLanguage: 'fr' }, { noteLanguage: 3 }].map(firstRun)).toEqual([true, true, true, true, true, true]);
		expect([{ noteLanguage: 'en' }, { noteLanguage: 'zh' }, { noteLanguage: 'zh-TW' }].map(firstRun)).toEqual([false, false, false]);
	});
});
