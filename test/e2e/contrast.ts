import type { Locator } from 'playwright-core';

/**
 * The WCAG contrast ratio of an element's text against what is behind it: its background and its
 * ancestors', blended down to the first opaque one (as the browser computed the colours).
 * Written without named inner functions: tsx would wrap them in a helper the page does not have.
 */
export function contrastOf(locator: Locator): Promise<number> {
	return locator.evaluate((el) => {
		const layers: number[][] = [];
		for (let node: Element | null = el; node; node = node.parentElement) {
			const bg = (getComputedStyle(node).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
			if ((bg[3] ?? 1) > 0) layers.unshift(bg);
			if ((bg[3] ?? 1) === 1) break;
		}
		const text = (getComputedStyle(el).color.match(/[\d.]+/g) ?? []).map(Number);
		let background = [255, 255, 255];
		for (const layer of [...layers, text]) {
			const blended = [0, 1, 2].map((i) => layer[i] * (layer[3] ?? 1) + background[i] * (1 - (layer[3] ?? 1)));
			if (layer === text) layers.push(blended);
			else background = blended;
		}
		const [light, dark] = [layers[layers.length - 1], background]
			.map((c) => c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)))
			.map(([r, g, b]) => 0.2126 * r + 0.7152 * g + 0.0722 * b)
			.sort((a, b) => b - a);
		return (light + 0.05) / (dark + 0.05);
	});
}
