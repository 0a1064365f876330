/** What a click inside a card asks for; the Obsidian layer carries it out. */
export type CardAction =
	| { kind: 'reveal'; unit: number }
	| { kind: 'open'; path: string }
	| { kind: 'jump'; line: number };

/** The action for a click on `target`, or null when the click is not for the cards. */
export function actionFor(target: EventTarget | null): CardAction | null {
	if (!isElement(target)) return null;
	const chip = target.closest('a.bl-chip[data-href]');
	if (chip) return { kind: 'open', path: chip.getAttribute('data-href') ?? '' };
	const jump = target.closest('.bl-diagnostic-line[data-line]');
	if (jump) return { kind: 'jump', line: Number(jump.getAttribute('data-line')) };
	// A concealed unit is revealed by its button, or by a click anywhere in its English.
	const reveal = target.closest('.bl-reveal, .bl-concealed .bl-english');
	const block = reveal?.closest('.bl-card-block[data-bl-unit]');
	if (block) return { kind: 'reveal', unit: Number(block.getAttribute('data-bl-unit')) };
	return null;
}

/** The term note link a pointer is over, for hover previews. */
export function chipLinkAt(target: EventTarget | null): HTMLElement | null {
	return isElement(target) ? target.closest<HTMLElement>('a.bl-chip[data-href]') : null;
}

/** Duck-typed: `instanceof Element` fails for events from a popout window's own realm. */
function isElement(target: EventTarget | null): target is Element {
	return typeof (target as Element | null)?.closest === 'function';
}
