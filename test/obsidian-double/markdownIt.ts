import MarkdownIt, { type StateCore, type StateInline, type Token } from 'markdown-it';
import { splitFrontmatter } from './yaml';

/** What a render needs from its host: whether an internal link resolves (unresolved ones get `is-unresolved`). */
export type RenderEnv = {
	resolves?: (linktext: string) => boolean;
};

/** One block of a note as Obsidian's reading view sees it; lines are 0-based and inclusive. */
export interface MarkdownSection {
	type: string;
	/** The block's element name (`p`, `h2`, `ul`, `hr`, `table`, …), for Obsidian's `el-*` class. */
	tag: string;
	lineStart: number;
	lineEnd: number;
	tokens: Token[];
}

const BLOCK_ID = /(?:^|\s)\^([A-Za-z0-9-]+)\s*$/;

/** Obsidian-flavoured markdown-it: wikilinks, `==highlights==`, `%%comments%%` and block ids hidden, single newlines kept as line breaks. */
export const markdown = new MarkdownIt({ html: false, breaks: true, linkify: false });
markdown.inline.ruler.before('link', 'wikilink', wikilink);
markdown.inline.ruler.before('emphasis', 'comment', (state, silent) => delimited(state, silent, '%%', null));
markdown.inline.ruler.before('emphasis', 'highlight', (state, silent) => delimited(state, silent, '==', 'mark'));
markdown.core.ruler.push('hide_block_ids', hideBlockIds);
markdown.renderer.rules.wikilink = (tokens, idx, _options, env) => {
	const { resolves } = env as RenderEnv;
	const { target, display } = tokens[idx].meta as { target: string; display: string };
	const unresolved = resolves && !resolves(target) ? ' is-unresolved' : '';
	const escape = markdown.utils.escapeHtml;
	return `<a data-href="${escape(target)}" href="${escape(target)}" class="internal-link${unresolved}" target="_blank" rel="noopener">${escape(display)}</a>`;
};

function wikilink(state: StateInline, silent: boolean): boolean {
	const { src, pos } = state;
	if (!src.startsWith('[[', pos)) return false;
	const close = src.indexOf(']]', pos + 2);
	if (close < 0) return false;
	const inner = src.slice(pos + 2, close);
	if (!inner || inner.includes('\n') || inner.includes('[')) return false;
	if (!silent) {
		const bar = inner.indexOf('|');
		const target = (bar < 0 ? inner : inner.slice(0, bar)).trim();
		const display = bar < 0 ? target.replace('#', ' > ') : inner.slice(bar + 1).trim();
		state.push('wikilink', '', 0).meta = { target, display };
	}
	state.pos = close + 2;
	return true;
}

/** `%%…%%` (dropped) or `==…==` (wrapped in `tag`, its inside parsed as inline markdown) on one line's inline text. */
function delimited(state: StateInline, silent: boolean, marker: string, tag: string | null): boolean {
	const { src, pos } = state;
	if (!src.startsWith(marker, pos)) return false;
	const close = src.indexOf(marker, pos + marker.length);
	if (close < 0 || close === pos + marker.length) return false;
	if (!silent && tag) {
		state.push(`${tag}_open`, tag, 1);
		const end = state.posMax;
		state.pos = pos + marker.length;
		state.posMax = close;
		state.md.inline.tokenize(state);
		state.posMax = end;
		state.push(`${tag}_close`, tag, -1);
	}
	state.pos = close + marker.length;
	return true;
}

function hideBlockIds(state: StateCore): void {
	for (const token of state.tokens) {
		const last = token.type === 'inline' ? token.children?.at(-1) : undefined;
		if (last?.type === 'text') last.content = last.content.replace(BLOCK_ID, '');
	}
}

const SECTION_TYPES: Record<string, string> = {
	paragraph_open: 'paragraph',
	heading_open: 'heading',
	bullet_list_open: 'list',
	ordered_list_open: 'list',
	blockquote_open: 'blockquote',
	table_open: 'table',
	hr: 'thematicBreak',
	fence: 'code',
	code_block: 'code',
	html_block: 'html',
};

/** Splits a note into its top-level blocks (frontmatter excluded) with their line ranges. */
export function markdownSections(text: string, env: RenderEnv = {}): MarkdownSection[] {
	const lines = text.split('\n');
	const { endLine } = splitFrontmatter(text);
	// Blank the frontmatter out so line numbers stay those of the whole note.
	const body = lines.map((line, i) => (i <= endLine ? '' : line)).join('\n');
	const tokens = markdown.parse(body, env);
	const sections: MarkdownSection[] = [];
	for (let i = 0; i < tokens.length; ) {
		const open = tokens[i];
		let end = i + 1;
		if (open.nesting === 1) while (end < tokens.length && tokens[end].level > 0) end++;
		if (open.nesting === 1) end++;
		const [start, stop] = open.map ?? [0, 0];
		let lineEnd = stop - 1;
		while (lineEnd > start && !lines[lineEnd].trim()) lineEnd--;
		sections.push({ type: sectionType(open, lines[start]), tag: open.tag || open.type, lineStart: start, lineEnd, tokens: tokens.slice(i, end) });
		i = end;
	}
	return sections;
}

function sectionType(open: Token, firstLine: string): string {
	const type = SECTION_TYPES[open.type] ?? 'element';
	return type === 'blockquote' && /^\s*>\s*\[!/.test(firstLine) ? 'callout' : type;
}

/** Renders a section's (or a whole text's) tokens into `el`, without innerHTML. */
export function renderTokens(tokens: Token[], el: HTMLElement, env: RenderEnv): void {
	const html = markdown.renderer.render(tokens, markdown.options, env);
	const parsed = new el.ownerDocument.defaultView!.DOMParser().parseFromString(html.trim(), 'text/html');
	el.append(...Array.from(parsed.body.childNodes));
}

/** The block id written at the end of a line (`… ^unit-3`), or null. */
export function blockIdOf(line: string): string | null {
	return BLOCK_ID.exec(line)?.[1] ?? null;
}
