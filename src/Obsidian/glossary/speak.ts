/** Pronounces English text with the system's speech synthesis, where the platform has it. */
export function canSpeak(): boolean {
	return 'speechSynthesis' in activeWindow && typeof SpeechSynthesisUtterance === 'function';
}

export function speak(text: string): void {
	if (!canSpeak()) return;
	const synth = activeWindow.speechSynthesis;
	synth.cancel(); // a second click restarts rather than queues
	const utterance = new SpeechSynthesisUtterance(text);
	utterance.lang = 'en-US';
	synth.speak(utterance);
}
