import { termKey } from '../../core/termKey';
import { termsOfSpan } from '../../render/cards/englishDom';
import type { Clock } from '../context';
import type { CardBlock } from './CardBlock';
import type { LiveBlocks } from './LiveBlocks';

/** How long a unit opened from elsewhere stays flashed, its term marked (ms). */
const FLASH_MS = 2500;

interface Flash {
	path: string;
	unit: number;
	key: string;
	until: number;
}

/**
 * Shows where a link into a lesson landed (an occurrence opened from the glossary): the whole
 * card of the unit flashes and the term is marked. The blocks may render after the request (a
 * note opening, lazy rendering), so it is kept a moment and applied to blocks as they come.
 */
export class UnitFlash {
	private flash: Flash | null = null;

	constructor(
		private readonly live: LiveBlocks,
		private readonly clock: Clock,
	) {}

	show(path: string, unit: number, term: string): void {
		this.flash = { path, unit, key: termKey(term), until: this.clock.now() + FLASH_MS };
		for (const block of this.live.of(path)) this.rendered(block);
	}

	/** A block of a lesson is on screen: flashed if it belongs to the unit asked for. */
	rendered(block: CardBlock): void {
		const flash = this.flash;
		if (!flash || this.clock.now() > flash.until || block.sourcePath !== flash.path) return;
		const el = block.containerEl;
		const cards = el.hasClass('bl-card-block') ? [el] : el.findAll('.bl-card-block');
		const unit = block.lesson?.units.find((u) => u.n === flash.unit);
		for (const card of cards) {
			if (!unit || Number(card.getAttr('data-bl-unit')) !== flash.unit) continue;
			card.addClass('bl-flash');
			const marked = card.findAll('.bl-english .bl-term').filter((span) => termsOfSpan(span, unit).some((t) => termKey(t.term) === flash.key));
			for (const span of marked) span.addClass('bl-term-marked');
			marked[0]?.scrollIntoView({ block: 'center' });
			void this.clock.delay(flash.until - this.clock.now()).then(() => {
				card.removeClass('bl-flash');
				for (const span of marked) span.removeClass('bl-term-marked');
			});
		}
	}
}
