import type * as O from 'obsidian';

type EditorKeys = 'getValue' | 'setValue' | 'getLine' | 'lineCount' | 'lastLine' | 'getRange' | 'replaceRange' | 'transaction' | 'posToOffset' | 'offsetToPos';

/**
 * Obsidian's `Editor` over a text buffer: positions are `{ line, ch }` with lines split on `\n`
 * (as CodeMirror does; a `\r` before it stays part of the line). Every change, programmatic or
 * typed, calls `onChange` synchronously, as CodeMirror's update listener does.
 */
export class Editor implements Pick<O.Editor, EditorKeys> {
	/** Test helper: each change with its origin (`+input` for typing, `setValue`, or the caller's). */
	readonly changes: { origin: string; from: number; to: number; text: string }[] = [];

	constructor(
		private text: string,
		private readonly onChange: (origin: string) => void,
	) {}

	getValue(): string {
		return this.text;
	}

	setValue(content: string): void {
		this.replace(0, this.text.length, content, 'setValue');
	}

	getLine(line: number): string {
		return this.lines()[line] ?? '';
	}

	lineCount(): number {
		return this.lines().length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	getRange(from: O.EditorPosition, to: O.EditorPosition): string {
		return this.text.slice(this.posToOffset(from), this.posToOffset(to));
	}

	replaceRange(replacement: string, from: O.EditorPosition, to: O.EditorPosition = from, origin = 'replaceRange'): void {
		this.replace(this.posToOffset(from), this.posToOffset(to), replacement, origin);
	}

	/** Applies every change at once, positions read against the text before the transaction (as CodeMirror does). */
	transaction(tx: O.EditorTransaction, origin = 'transaction'): void {
		const changes = (tx.changes ?? []).map((c) => ({ from: this.posToOffset(c.from), to: this.posToOffset(c.to ?? c.from), text: c.text }));
		changes.sort((a, b) => a.from - b.from);
		for (let i = 1; i < changes.length; i++) if (changes[i].from < changes[i - 1].to) throw new RangeError('Overlapping changes in a transaction');
		if (changes.length === 0) return;
		let out = '';
		let at = 0;
		for (const c of changes) {
			out += this.text.slice(at, c.from) + c.text;
			at = c.to;
		}
		this.text = out + this.text.slice(at);
		for (const c of changes) this.changes.push({ origin, ...c });
		this.onChange(origin);
	}

	posToOffset(pos: O.EditorPosition): number {
		const lines = this.lines();
		const line = Math.max(0, Math.min(pos.line, lines.length - 1));
		let offset = 0;
		for (let i = 0; i < line; i++) offset += lines[i].length + 1;
		return offset + Math.max(0, Math.min(pos.ch, lines[line].length));
	}

	offsetToPos(offset: number): O.EditorPosition {
		const at = Math.max(0, Math.min(offset, this.text.length));
		const before = this.text.slice(0, at);
		const line = before.split('\n').length - 1;
		return { line, ch: at - (before.lastIndexOf('\n') + 1) };
	}

	/** Test helper: the user types `text` at `offset` (the end of the note by default), replacing `length` characters. */
	type(text: string, offset = this.text.length, length = 0): void {
		this.replace(offset, offset + length, text, '+input');
	}

	private replace(from: number, to: number, text: string, origin: string): void {
		this.text = this.text.slice(0, from) + text + this.text.slice(to);
		this.changes.push({ origin, from, to, text });
		this.onChange(origin);
	}

	private lines(): string[] {
		return this.text.split('\n');
	}
}
