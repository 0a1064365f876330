import type { Lesson, Term } from './model';
import { termKey } from './termKey';

/** One place a term is glossed: a unit of a lesson, and the bullet that glosses the term there. */
export interface Gloss<Bullet> {
	/** The term key (core/termKey) the glossary and term notes both group by. */
	readonly key: string;
	readonly unitIndex: number;
	readonly term: Bullet;
}

/** How to read a lesson's bullets, whatever their shape (a parsed term, a glossary record's row). */
export interface BulletReader<Bullet> {
	unitIndex(bullet: Bullet): number;
	form(bullet: Bullet): string;
	hot(bullet: Bullet): boolean;
}

/**
 * The places a lesson glosses terms, in order, as the glossary counts them and term notes list them: one per
 * unit and key (a unit glossing a term twice counts once, by its 🔥 bullet when it has one, else its first), none
 * for a bullet with no key or whose term is a template's placeholder (`{{term}}`, `<% tp.x %>`).
 */
export function lessonGlosses<Bullet>(bullets: readonly Bullet[], read: BulletReader<Bullet>): Gloss<Bullet>[] {
	// The bullets come unit by unit, so a unit's keys are only looked up among its own.
	const glosses: Gloss<Bullet>[] = [];
	let unitIndex = -1;
	let inUnit = new Map<string, number>();
	for (const term of bullets) {
		const form = read.form(term);
		const key = termKey(form);
		if (key === '' || PLACEHOLDER.test(form.trim())) continue;
		if (read.unitIndex(term) !== unitIndex) {
			unitIndex = read.unitIndex(term);
			inUnit = new Map();
		}
		const at = inUnit.get(key);
		if (at === undefined) {
			inUnit.set(key, glosses.length);
			glosses.push({ key, unitIndex, term });
		} else if (read.hot(term) && !read.hot(glosses[at].term)) glosses[at] = { key, unitIndex, term };
	}
	return glosses;
}

/** A term that is only a template's placeholder: the core Templates plugin's `{{…}}`, Templater's `<% … %>`. */
const PLACEHOLDER = /^(\{\{.*\}\}|<%.*%>)$/s;

/** The glosses of a parsed lesson (see lessonGlosses), each with its bullet's term. */
export function parsedGlosses(lesson: Lesson): Gloss<Term>[] {
	const bullets = lesson.units.flatMap((unit, unitIndex) => unit.terms.map((term) => ({ unitIndex, term })));
	return lessonGlosses(bullets, PARSED).map(({ key, unitIndex, term }) => ({ key, unitIndex, term: term.term }));
}

const PARSED: BulletReader<{ unitIndex: number; term: Term }> = { unitIndex: (b) => b.unitIndex, form: (b) => b.term.term, hot: (b) => b.term.hot };
