/** Room between an anchor and what floats by it, and around it at the window's edges (px). */
const GAP_PX = 6;

/**
 * Places a `position: fixed` element (CSS reads `--bl-float-top` / `--bl-float-left`) below `rect`,
 * or above it when the window has no room below, kept inside the window.
 */
export function placeBy(el: HTMLElement, rect: DOMRect, win: Window): void {
	const size = el.getBoundingClientRect();
	const below = rect.bottom + GAP_PX;
	const top = below + size.height <= win.innerHeight - GAP_PX ? below : Math.max(GAP_PX, rect.top - GAP_PX - size.height);
	const left = Math.max(GAP_PX, Math.min(rect.left, win.innerWidth - size.width - GAP_PX));
	el.setCssProps({ '--bl-float-top': `${top}px`, '--bl-float-left': `${left}px` });
}
