import type { MarkupKind, MarkupNode, Term, Unit } from '../model';

/**
 * The interlinear English of a unit as a tree: markup groups with their brackets, and the
 * located terms as pieces of text that carry their glosses. A term that crosses a markup
 * boundary is cut into pieces (only the first carries the gloss, so every located term is
 * glossed exactly once); terms whose spans overlap share one piece and one stacked gloss.
 */
export type InterlinearNode =
	| { kind: 'text'; text: string }
	| { kind: 'bracket'; text: string }
	/** `depth` counts the modifier groups from the outermost down to this one (0 for others). */
	| { kind: 'markup'; markup: MarkupKind; depth: number; children: InterlinearNode[] }
	/**
	 * `terms` are every term of the piece's group; `glossed` the same on the group's first piece
	 * and empty on the continuation pieces of a term cut by a markup boundary.
	 */
	| { kind: 'term'; text: string; terms: Term[]; glossed: Term[]; hot: boolean };

interface TermGroup {
	start: number;
	end: number;
	terms: Term[];
	glossed: boolean;
}

const CLOSERS: Record<string, string> = { '{': '}', '[': ']', '(': ')' };

export function interlinear(unit: Unit): InterlinearNode[] {
	const builder = new Builder(unit.english, termGroups(unit.terms));
	return builder.range(0, unit.english.length, unit.markup, 0);
}

/** Located terms merged into groups of overlapping spans, in text order. */
function termGroups(terms: Term[]): TermGroup[] {
	const located = terms.filter((term) => term.span !== null && term.span.end > term.span.start);
	located.sort((a, b) => a.span!.start - b.span!.start);
	const groups: TermGroup[] = [];
	for (const term of located) {
		const span = term.span!;
		const last = groups[groups.length - 1];
		if (last && span.start < last.end) {
			last.terms.push(term);
			last.end = Math.max(last.end, span.end);
		} else groups.push({ start: span.start, end: span.end, terms: [term], glossed: false });
	}
	return groups;
}

class Builder {
	/** Groups are consumed left to right as the tree is built in text order. */
	private next = 0;

	constructor(
		private readonly english: string,
		private readonly groups: TermGroup[],
	) {}

	range(from: number, to: number, markup: MarkupNode[], depth: number): InterlinearNode[] {
		const nodes: InterlinearNode[] = [];
		let pos = from;
		for (const group of markup) {
			this.text(nodes, pos, group.start);
			nodes.push(this.group(group, depth));
			pos = group.end;
		}
		this.text(nodes, pos, to);
		return nodes;
	}

	private group(node: MarkupNode, depth: number): InterlinearNode {
		const open = this.english[node.start];
		const closed = node.end - 1 > node.start && this.english[node.end - 1] === CLOSERS[open];
		const innerEnd = closed ? node.end - 1 : node.end;
		const childDepth = node.kind === 'modifier' ? depth + 1 : depth;
		const children: InterlinearNode[] = [{ kind: 'bracket', text: open }];
		for (const child of this.range(node.start + 1, innerEnd, node.children, childDepth)) children.push(child);
		if (closed) children.push({ kind: 'bracket', text: this.english[node.end - 1] });
		return { kind: 'markup', markup: node.kind, depth: node.kind === 'modifier' ? childDepth : 0, children };
	}

	/** Plain text of [from, to) with the term pieces that fall in it. */
	private text(nodes: InterlinearNode[], from: number, to: number): void {
		let pos = from;
		while (pos < to) {
			while (this.next < this.groups.length && this.groups[this.next].end <= pos) this.next++;
			const group = this.groups[this.next];
			if (!group || group.start >= to) break;
			const start = Math.max(group.start, pos);
			const end = Math.min(group.end, to);
			if (start > pos) nodes.push({ kind: 'text', text: this.english.slice(pos, start) });
			const glossed = group.glossed ? [] : group.terms;
			group.glossed = true;
			nodes.push({ kind: 'term', text: this.english.slice(start, end), terms: group.terms, glossed, hot: group.terms.some((t) => t.hot) });
			pos = end;
		}
		if (pos < to) nodes.push({ kind: 'text', text: this.english.slice(pos, to) });
	}
}

/** The gloss shown above a term: the meaning up to its first separator, so the line stays short. */
export function shortGloss(meaning: string): string {
	const cut = meaning.search(/[，,、；;（(：:]/);
	const short = (cut > 0 ? meaning.slice(0, cut) : meaning).trim();
	return short || meaning.trim();
}
