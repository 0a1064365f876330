import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, dailyLimit, loadSettings } from '../../src/settings';

describe('review settings', () => {
	it('keeps saved limits and direction that make sense, and falls back for the rest', () => {
		expect(loadSettings({ reviewNewPerDay: 5, reviewReviewsPerDay: 0, reviewDirection: 'alternate' })).toMatchObject({ reviewNewPerDay: 5, reviewReviewsPerDay: 0, reviewDirection: 'alternate' });
		const odd = loadSettings({ reviewNewPerDay: -3, reviewReviewsPerDay: 2.5, reviewDirection: 'backwards' });
		expect([odd.reviewNewPerDay, odd.reviewReviewsPerDay, odd.reviewDirection]).toEqual([DEFAULT_SETTINGS.reviewNewPerDay, DEFAULT_SETTINGS.reviewReviewsPerDay, 'cloze']);
		expect(loadSettings({ reviewNewPerDay: '12' }).reviewNewPerDay).toBe(DEFAULT_SETTINGS.reviewNewPerDay);
	});

	it('takes a typed daily limit only as a whole number within bounds', () => {
		expect(['7', ' 40 ', '0', '9999', '10000', '-1', '1.5', 'ten', ''].map(dailyLimit)).toEqual([7, 40, 0, 9999, null, null, null, null, null]);
	});
});
