import { describe, expect, it } from 'vitest';
import { formatTime, parseOffset, parseTime, readOffset } from '../../src/core/media/time';

describe('parseTime', () => {
	it('reads m:ss, mm:ss and h:mm:ss as seconds', () => {
		expect(parseTime('0:09')).toBe(9);
		expect(parseTime('15:09')).toBe(909);
		expect(parseTime('1:02:03')).toBe(3723);
		expect(parseTime('01:00:00')).toBe(3600);
		expect(parseTime('123:45')).toBe(7425);
		expect(parseTime(' 2:30 ')).toBe(150);
	});

	it('reads a fraction of the seconds', () => {
		expect(parseTime('0:09.25')).toBe(9.25);
		expect(parseTime('1:00:01.5')).toBe(3601.5);
	});

	it('refuses what is no time', () => {
		for (const bad of ['', '15', '15:9', '15:60', '1:60:00', '1:2:03', 'a:bc', '1:02:03:04', ':30', '1:-2', '1:02.']) expect(parseTime(bad), bad).toBeNull();
	});
});

describe('parseOffset', () => {
	it('is 0 without the property', () => {
		expect(parseOffset(undefined)).toBe(0);
		expect(parseOffset(null)).toBe(0);
		expect(parseOffset('')).toBe(0);
	});

	it('takes seconds as a number or a string, times, and negatives', () => {
		expect(parseOffset(90)).toBe(90);
		expect(parseOffset(-4.5)).toBe(-4.5);
		expect(parseOffset('90')).toBe(90);
		expect(parseOffset('15:00')).toBe(900);
		expect(parseOffset('1:00:00')).toBe(3600);
		expect(parseOffset('-0:30')).toBe(-30);
		expect(parseOffset('- 12')).toBe(-12);
	});

	it('is null for what it cannot read', () => {
		for (const bad of ['soon', '1:2', ['15:00'], { at: 3 }, true, Number.NaN, Infinity]) expect(parseOffset(bad), JSON.stringify(bad)).toBeNull();
	});
});

describe('formatTime', () => {
	it('writes minutes, and hours when there are any', () => {
		expect(formatTime(9)).toBe('0:09');
		expect(formatTime(909.9)).toBe('15:09');
		expect(formatTime(3723)).toBe('1:02:03');
		expect(formatTime(-3)).toBe('0:00');
	});
});

describe('readOffset', () => {
	it('gives the seconds of a readable offset, none for no property, and 0 with the value as written for the rest', () => {
		expect(readOffset('1:00:00')).toEqual({ offset: 3600, unreadable: null });
		expect(readOffset(undefined)).toEqual({ offset: 0, unreadable: null });
		expect(readOffset('1:75')).toEqual({ offset: 0, unreadable: '1:75' });
		expect(readOffset(['90'])).toEqual({ offset: 0, unreadable: '["90"]' });
	});
});
