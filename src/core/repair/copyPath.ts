/**
 * Where the original of a repaired note is kept: `Folder/Name (original).md`, else `(original 2)`, … whichever
 * is free; `word` is what the copy is called in the notes' language (NoteWords.originalCopy).
 */
export function originalCopyPath(path: string, taken: (path: string) => boolean, word: string): string {
	const dot = path.lastIndexOf('.');
	const slash = path.lastIndexOf('/');
	const [stem, extension] = dot > slash + 1 ? [path.slice(0, dot), path.slice(dot)] : [path, ''];
	for (let n = 1; ; n++) {
		const copy = `${stem} (${word}${n === 1 ? '' : ` ${n}`})${extension}`;
		if (!taken(copy)) return copy;
	}
}
