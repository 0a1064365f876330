import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, settingValue } from '../../src/settings';

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
});
