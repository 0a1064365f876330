// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canSpeak, speak } from '../../src/Obsidian/glossary/speak';

class Utterance {
	lang = '';
	constructor(readonly text: string) {}
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('speech for terms', () => {
	it('is offered only where the window has both the synthesiser and utterances', () => {
		expect(canSpeak()).toBe(false);
		vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
		expect(canSpeak()).toBe(false); // an utterance with no synthesiser to speak it
		vi.unstubAllGlobals();
		vi.stubGlobal('speechSynthesis', { cancel() {}, speak() {} });
		expect(canSpeak()).toBe(false); // a synthesiser with no way to make an utterance
		vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
		expect(canSpeak()).toBe(true);
	});

	it('says the text in US English, cutting off what it was saying, and does nothing without speech', () => {
		const calls: string[] = [];
		speak('latency'); // no speech here: nothing thrown
		vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
		vi.stubGlobal('speechSynthesis', { cancel: () => calls.push('cancel'), speak: (u: Utterance) => calls.push(`${u.lang}: ${u.text}`) });
		speak('latency');
		expect(calls).toEqual(['cancel', 'en-US: latency']);
	});
});
