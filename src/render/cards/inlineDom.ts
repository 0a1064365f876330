import type { InlineMarkdown, InlineRange, InlineStyle, LinkRange, StyledRange } from '../../core/parser/inlineMarkdown';

const TAGS: Record<InlineStyle, keyof HTMLElementTagNameMap> = { em: 'em', strong: 'strong', mark: 'mark', del: 'del', code: 'code', u: 'u', sup: 'sup', sub: 'sub', footnote: 'sup' };

type Run = StyledRange | LinkRange;

/**
 * Appends `text`, the English from offset `start`, with its inline Markdown drawn: syntax characters left out, styled
 * runs and links as their elements (a run that goes on past `text` is cut there, and goes on in the next piece).
 */
export function appendInline(parent: HTMLElement, text: string, start: number, inline: InlineMarkdown): void {
	const end = start + text.length;
	const hidden = inline.hidden.filter((r) => overlaps(r, start, end));
	const runs: Run[] = [...inline.styles, ...inline.links].filter((r) => overlaps(r, start, end));
	if (hidden.length === 0 && runs.length === 0) {
		parent.appendText(text);
		return;
	}
	runs.sort((a, b) => a.start - b.start || b.end - a.end);
	const cuts = new Set([start, end]);
	for (const r of [...hidden, ...runs]) for (const at of [r.start, r.end]) if (at > start && at < end) cuts.add(at);
	const points = [...cuts].sort((a, b) => a - b);
	// The elements open at this point, outermost first, each with the run it draws.
	const open: { run: Run; el: HTMLElement }[] = [];
	for (let k = 0; k + 1 < points.length; k++) {
		const [from, to] = [points[k], points[k + 1]];
		if (hidden.some((r) => r.start <= from && to <= r.end)) {
			// The English keeps its line breaks (white-space: pre-line): a `<br>` is one.
			if (inline.breaks.some((r) => r.start === from)) (open.at(-1)?.el ?? parent).appendText('\n');
			continue;
		}
		const active = runs.filter((r) => r.start <= from && to <= r.end);
		let keep = 0;
		while (keep < open.length && keep < active.length && open[keep].run === active[keep]) keep++;
		open.length = keep;
		for (const run of active.slice(keep)) open.push({ run, el: runElement(open.at(-1)?.el ?? parent, run) });
		(open.at(-1)?.el ?? parent).appendText(text.slice(from - start, to - start));
	}
}

function runElement(parent: HTMLElement, run: Run): HTMLElement {
	if ('style' in run) return parent.createEl(TAGS[run.style]);
	if (run.internal) return parent.createEl('a', { cls: ['internal-link', 'bl-english-link'], href: run.href, attr: { 'data-href': run.href } });
	return parent.createEl('a', { cls: 'external-link', href: run.href, attr: { target: '_blank', rel: 'noopener' } });
}

function overlaps(r: InlineRange, start: number, end: number): boolean {
	return r.start < end && r.end > start;
}
