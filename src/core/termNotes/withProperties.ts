import { joinNote, readEntries, splitNote } from './frontmatter';
import { applyEdits, replaceValue, type Edit } from './noteText';
import { writeScalar } from './yaml';

/**
 * A note's text with frontmatter properties set to `values`, as text, for a note open in an editor
 * (what processFrontMatter does on disk): a property there gets its new value in place (its key,
 * a comment after it kept), one missing is added at the end of the frontmatter, and everything else
 * stays byte for byte. A note without frontmatter gets one. Returns `text` itself when nothing changes.
 */
export function withProperties(text: string, values: Readonly<Record<string, string | number>>): string {
	const note = splitNote(text);
	const written = (value: string | number) => (typeof value === 'number' ? String(value) : writeScalar(value));
	if (note.yaml === null) {
		const lines = Object.entries(values).map(([key, value]) => `${key}: ${written(value)}${note.eol}`);
		return lines.length === 0 ? text : `---${note.eol}${lines.join('')}---${note.eol}${text}`;
	}
	const found = readEntries(note.yaml);
	const edits: Edit[] = [];
	const added: string[] = [];
	for (const [key, value] of Object.entries(values)) {
		const entry = found.get(key);
		if (!entry) added.push(`${key}: ${written(value)}`);
		else if (entry.value !== String(value)) edits.push(replaceValue(note.yaml, entry, written(value)));
	}
	if (edits.length === 0 && added.length === 0) return text;
	return joinNote({ ...note, ...applyEdits(note.yaml, note.ends, edits, added) });
}
