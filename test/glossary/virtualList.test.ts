// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ChunkList } from '../../src/core/glossary/ChunkList';
import { VirtualList } from '../../src/render/glossary/VirtualList';

const ROW = 20;
/** Rows whose real height (offsetHeight) is given here; others report none, as happy-dom does. */
let realHeights = new Map<number, number>();
/** How many rows the list has built. */
let built = 0;

function list(count: number): VirtualList<number> {
	document.body.empty();
	const vl = new VirtualList<number>(document.body, {
		cls: 'test-list',
		label: 'Numbers',
		rowHeight: ROW,
		key: (n) => String(n),
		render: (parent, n) => {
			built++;
			const el = parent.createDiv({ cls: 'test-row', text: String(n) });
			Object.defineProperty(el, 'offsetHeight', { value: realHeights.get(n) ?? 0 });
			return el;
		},
	});
	vl.setItems(ChunkList.of(Array.from({ length: count }, (_, i) => i)));
	return vl;
}

const rendered = () => Array.from(document.querySelectorAll('.test-row')).map((el) => Number(el.textContent));
const padding = (name: string) => parseFloat(document.querySelector<HTMLElement>('.bl-virtual-window')!.style.getPropertyValue(name));

describe('VirtualList', () => {
	beforeEach(() => {
		realHeights = new Map();
		built = 0;
	});

	it('rebuilds rows after a scroll only when another range is in view, keeping a focused row focused', () => {
		const vl = list(1000);
		const firstRow = document.querySelector<HTMLElement>('.test-row');
		// The scroll event that follows the list's own scrolling finds the same rows in view.
		vl.scrolled();
		expect(document.querySelector('.test-row')).toBe(firstRow);

		vl.elementAt(3)?.setAttr('tabindex', -1);
		vl.elementAt(3)?.focus();
		vl.render();
		expect(document.querySelector('.test-row')).not.toBe(firstRow);
		expect(document.activeElement?.textContent).toBe('3');

		vl.scrollEl.scrollTop = 400 * ROW;
		vl.scrolled();
		expect(rendered()[0]).toBe(398);
	});

	it('renders a screenful and pads for the rest', () => {
		const vl = list(1000);
		const rows = rendered();
		expect(rows[0]).toBe(0);
		expect(rows.length).toBeLessThan(60);
		expect(padding('--bl-virtual-before')).toBe(0);
		expect(padding('--bl-virtual-after')).toBe((1000 - rows.length) * ROW);
		expect(vl.scrollEl.getAttr('role')).toBe('list');
	});

	it('renders the rows at the scroll position', () => {
		const vl = list(1000);
		vl.scrollEl.scrollTop = 400 * ROW;
		vl.render();
		const rows = rendered();
		expect(rows[0]).toBeGreaterThan(390);
		expect(rows[0]).toBeLessThanOrEqual(400);
		expect(padding('--bl-virtual-before')).toBe(rows[0] * ROW);
	});

	it('brings a row into view on request', () => {
		const vl = list(1000);
		expect(vl.elementAt(900)).toBeNull();
		vl.scrollIntoView(900);
		expect(vl.elementAt(900)?.textContent).toBe('900');
	});

	describe('bringing a row into view in a viewport 200 px high', () => {
		function scrolledTo(row: number): VirtualList<number> {
			const vl = list(1000);
			Object.defineProperty(vl.scrollEl, 'clientHeight', { value: 200 });
			vl.scrollEl.scrollTop = row * ROW;
			vl.render();
			return vl;
		}

		it('renders exactly the rows in view and two either side', () => {
			scrolledTo(400);
			expect(rendered()).toEqual(Array.from({ length: 14 }, (_, i) => 398 + i)); // 400–409 in view: 10 rows of 20 px
			expect(padding('--bl-virtual-before')).toBe(398 * ROW);
			expect(padding('--bl-virtual-after')).toBe((1000 - 412) * ROW);
		});

		it('leaves the scroll where it is for a row already in view, and builds the rows in view once', () => {
			const vl = scrolledTo(400); // rows 400-409 in view
			const rows = rendered().length;
			built = 0;
			vl.scrollIntoView(405);
			expect(vl.scrollEl.scrollTop).toBe(400 * ROW);
			expect(built).toBe(rows);
			vl.scrollIntoView(409);
			expect(vl.scrollEl.scrollTop).toBe(400 * ROW);
		});

		it('scrolls just enough: a row below the view ends at its bottom, one above starts at its top', () => {
			const vl = scrolledTo(400);
			vl.scrollIntoView(410);
			expect(vl.scrollEl.scrollTop).toBe(411 * ROW - 200);
			expect(vl.elementAt(410)?.textContent).toBe('410');
			vl.scrollIntoView(300);
			expect(vl.scrollEl.scrollTop).toBe(300 * ROW);
			expect(vl.elementAt(300)?.textContent).toBe('300');
		});

		it('builds a row in view that a scroll not yet rendered left unbuilt (a key pressed before the scroll event)', () => {
			const vl = scrolledTo(0);
			vl.scrollEl.scrollTop = 400 * ROW;
			expect(vl.elementAt(405)).toBeNull();
			vl.scrollIntoView(405);
			expect(vl.scrollEl.scrollTop).toBe(400 * ROW);
			expect(vl.elementAt(405)?.textContent).toBe('405');
		});
	});

	it('uses measured heights for the space above and below', () => {
		realHeights.set(1, 200);
		list(100);
		expect(padding('--bl-virtual-after')).toBe((100 - rendered().length) * ROW);
		expect(padding('--bl-virtual-before')).toBe(0);
		const vl = list(100); // heights are kept per list; a fresh list measures again
		vl.scrollEl.scrollTop = 50 * ROW + 180;
		vl.render();
		expect(rendered()[0]).toBe(48); // row 50 starts 180 px lower than estimated; two rows of margin above it
	});
});
