import { describe, expect, it } from 'vitest';
import { decodeSignature, mayContain, wordSignature } from '../../src/core/glossary/wordSignature';

const signed = (...texts: string[]) => decodeSignature(wordSignature(texts));

describe('a lesson’s word signature', () => {
	it('says a lesson may use a term whose words it holds, inflected or not, and not one it lacks', () => {
		const sig = signed('She was running late.', 'An obsession with Café culture');
		expect(mayContain(sig, 'run')).toBe(true);
		expect(mayContain(sig, 'be obsessed with')).toBe(true);
		expect(mayContain(sig, 'LATE')).toBe(true);
		expect(mayContain(sig, 'café')).toBe(true);
		expect(mayContain(sig, 'walk')).toBe(false);
		expect(mayContain(sig, 'running away')).toBe(false);
	});

	it('cuts words at anything but a letter or digit, of any script', () => {
		const sig = signed('well-known 1999 zoo');
		expect(mayContain(sig, 'known')).toBe(true);
		expect(mayContain(sig, '1999')).toBe(true);
		expect(mayContain(sig, '999')).toBe(false);
		expect(mayContain(sig, '000')).toBe(false);
		expect(mayContain(sig, 'aaa')).toBe(false);
		expect(mayContain(sig, 'zzz')).toBe(false);
		expect(mayContain(sig, 'ééé')).toBe(false);
		expect(mayContain(sig, '¿¿¿ zoo')).toBe(true); // ¿ is punctuation: no word
	});

	it('does not test words too short to sign, or placeholders standing for other words', () => {
		const sig = signed('run');
		expect(mayContain(sig, 'to be')).toBe(true);
		expect(mayContain(sig, 'run something')).toBe(true);
		expect(mayContain(sig, 'run sb')).toBe(true);
		expect(mayContain(sig, 'run sbx')).toBe(false);
		expect(mayContain(sig, 'run sthx')).toBe(false);
		expect(mayContain(signed('hi'), 'his')).toBe(false);
	});

	it('reads a signature of the wrong size as “may contain anything”', () => {
		expect(mayContain(decodeSignature(btoa('short')), 'walk')).toBe(true);
		expect(mayContain(decodeSignature(wordSignature([])), 'walk')).toBe(false);
	});
});
