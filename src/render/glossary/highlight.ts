import type { Span } from '../../core/model';

/** Appends `text` to `parent`, wrapping each span in a `<mark class=cls>`. Spans must be sorted and disjoint. */
export function appendMarked(parent: HTMLElement, text: string, spans: readonly Span[], cls: string): void {
	let at = 0;
	for (const span of spans) {
		if (span.start < at || span.end > text.length) continue;
		if (span.start > at) parent.appendText(text.slice(at, span.start));
		parent.createEl('mark', { cls, text: text.slice(span.start, span.end) });
		at = span.end;
	}
	if (at < text.length) parent.appendText(text.slice(at));
}
