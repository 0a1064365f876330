import { describe, expect, it } from 'vitest';
import { TermLocator } from '../../src/core/parser/TermLocator';

/** Past 4,096 characters the English is indexed once instead of searched per term: every rule must hold both ways. */
const FILLER = ' Zz.'.repeat(1100);
/** A long English holding a letter whose lower case is longer (İ → i̇): its index is keyed word by word. */
const MODES = [['short', ''], ['long (indexed)', FILLER], ['long, lowered to another length', ` İ.${FILLER}`]] as const;

/** The text of `english` where `term` is located, or null. */
const located = (english: string, term: string) => {
	const span = new TermLocator(english).locate(term);
	return span && english.slice(span.start, span.end);
};

describe.each(MODES)('locating a term in a %s English', (_, filler) => {
	const find = (english: string, term: string) => located(english + filler, term);

	it.each([
		['as written, in any case', 'The Latency is low.', 'latency', 'Latency'],
		['as a whole word, not inside another', 'Concatenate the cat.', 'cat', 'cat'],
		['as written before an inflected form after it', 'Cats chase the cat.', 'cat', 'cat'],
		['at the very start', 'Cat naps.', 'cat', 'Cat'],
		['as written in another case, before an inflected form before it', 'Bees are swarming; a Swarm moves.', 'swarm', 'Swarm'],
		['whole, with its last word inflected', 'Buy cat foods here.', 'cat food', 'cat foods'],
		['with -ing', 'She was obsessing over it.', 'obsess over', 'obsessing over'],
		['with -ed and a dropped e', 'It moved the needle.', 'move the needle', 'moved the needle'],
		['with a doubled consonant', 'We are getting there.', 'get there', 'getting there'],
		['with -ies and -ied', 'She studies what he copied.', 'study what he copy', 'studies what he copied'],
		['with -es after ch, sh, ss and x', 'It reaches, washes, passes and fixes.', 'reach, wash, pass and fix', 'reaches, washes, passes and fixes'],
		['with -s, though a word may end in -us', 'Two campuses open.', 'campus', 'campuses'],
		['with -s, though a word may end in -ing', 'She brings snacks.', 'bring snacks', 'brings snacks'],
		['with -s, though a word may end in -eed', 'It needs work.', 'need work', 'needs work'],
		['with -s or -d after -ie', 'It dies and died.', 'die and die', 'dies and died'],
		['as an irregular form', 'He left the door open.', 'leave the door open', 'left the door open'],
		['with a possessive', "The team's goal.", 'team goal', "team's goal"],
		['with a curly possessive', 'The team’s goal.', 'team goal', 'team’s goal'],
		['as a plural possessive, the apostrophe left out', "The players' union met.", 'the player', 'The players'],
		['with a plural possessive the English writes in another form', "The players' union met.", "players' unions", "players' union"],
		['across a quotation mark', "They said 'hello' twice.", 'say hello', "said 'hello"],
		['with accented letters', 'Two cafés opened.', 'café', 'cafés'],
		['with a few words between its words', 'We kept running into a lot of issues.', 'run into issues', 'running into a lot of issues'],
		['with five words between two of its words', 'We ran into one two three four five issues.', 'run into issues', 'ran into one two three four five issues'],
		['with a placeholder standing for words', 'He was getting his wheel stolen.', 'get something stolen', 'getting his wheel stolen'],
		['with a leading placeholder taking the word before', "I value Brooke's opinion.", "someone's opinion", "Brooke's opinion"],
		['with a leading placeholder taking the first word', "Brooke's opinion matters.", "someone's opinion", "Brooke's opinion"],
		['with a trailing placeholder taking one word', 'Give it to Sam today.', 'give it to someone', 'Give it to Sam'],
		['with `doing` after its first word as any -ing form', 'Fences stop the goats from eating roses.', 'stop sb from doing', 'stop the goats from eating'],
		['by its parenthesised abbreviation', 'The TTFT dropped.', 'time to first token (TTFT)', 'TTFT'],
		['without its parenthesised part', 'The time to first token dropped.', 'time to first token (TTFT)', 'time to first token'],
		['without full-width parentheses', '首 token 时间 time to first token.', 'time to first token（TTFT）', 'time to first token'],
		['by one of its alternatives', 'The P90 latency rose.', 'P50 / P90', 'P90'],
		['by the part before an unclosed parenthesis', 'A large model helps.', 'large model (LLM', 'large model'],
		['without a parenthesised part in its middle', 'We cut costs.', 'cut (down) costs', 'cut costs'],
		['without a parenthesised part at its start', 'We got fed up.', '(be) fed up', 'fed up'],
		['by a parenthesised abbreviation in its middle', 'The TTFT rose.', 'time to first token (TTFT) latency', 'TTFT'],
		['by a parenthesised abbreviation right after a word', 'The TTFT dropped.', 'time to first token（TTFT）', 'TTFT'],
		['by the part after an unclosed parenthesis', 'An LLM helps.', 'large language model（LLM', 'LLM'],
		['as a whole, after its first word alone', 'A cat ran. Buy cat food.', 'cat food', 'cat food'],
		['by its words, without the punctuation after them', 'Well done! Go on.', 'well done!', 'Well done'],
		['by its words, without the punctuation before them', 'We use .NET daily.', '.NET', 'NET'],
		['as a placeholder word written as itself', 'Something happened.', 'something', 'Something'],
		['with a leading placeholder written as itself', "Someone's opinion matters.", "someone's opinion", "Someone's opinion"],
		['with -ied after a doubled letter', 'He carried it.', 'carry', 'carried'],
		['with -s on a word that starts with is-', 'Two issues remain.', 'issue', 'issues'],
		['as an irregular form in title case', 'Work Is Done.', 'be done', 'Is Done'],
		['with a curly apostrophe in its placeholder', 'Make up her mind.', 'make up one’s mind', 'Make up her mind'],
		['with a leading `doing` as the verb itself', 'She does well.', 'doing well', 'does well'],
		['with a leading placeholder taking a one-letter first word', 'I said so.', 'someone said so', 'I said so'],
		['with a leading placeholder taking the word before a quotation mark', 'I value Brooke\'s "opinion".', "someone's opinion", 'Brooke\'s "opinion'],
		['with a leading placeholder taking one word only', "I value Brooke's opinionated friend's opinion.", "someone's opinion", "friend's opinion"],
		['from the start of its first word nearest the rest', 'We ran one two three; ran four five six into issues.', 'run into issues', 'ran four five six into issues'],
		['from a later one of its words nearer the next', 'We ran into walls and then into some other new issues.', 'run into issues', 'ran into walls and then into some other new issues'],
		['with a placeholder of three words and five more before its next word', 'He got his old red bike near the big tree stolen.', 'get something stolen', 'got his old red bike near the big tree stolen'],
	])('finds it %s', (_, english, term, expected) => {
		expect(find(english, term)).toBe(expected);
	});

	it.each([
		['a word it only starts', 'Concatenate them.', 'cat'],
		['a word it only ends', 'A bobcat.', 'cat'],
		['a word it only ends, inflected', 'Two bobcats.', 'cat'],
		['its words too far apart', 'We ran into one two three four five six issues.', 'run into issues'],
		['its words in two clauses', 'A deduction lowers the income you are taxed on, while a credit lowers the tax.', 'tax credit'],
		['its words either side of a dash', 'We ran into walls — and issues.', 'run into issues'],
		['its words in another order', 'Issues we ran into.', 'run into issues'],
		['a leading `doing` as any -ing form', 'Things are going well.', 'doing well'],
		['an -ing form too short to be one', 'Stop them from ring.', 'stop sb from doing'],
		['a term of placeholders only', 'Nothing happened to him.', 'something'],
		['a leading placeholder with no word before it', 'Opinion matters.', "someone's opinion"],
		['nothing but punctuation', 'Well, well.', '—'],
		['a placeholder and a gap of nine words', 'He got his old red bike near the big oak tree stolen.', 'get something stolen'],
		['a placeholder running past the end', 'A stolen bike: they get it.', 'get something stolen'],
		['its last word from the start of the English', 'Issues: we ran into it.', 'run into issues'],
		['a leading placeholder with only punctuation before it', '"Opinion" matters.', "someone's opinion"],
		['a word after `doing` that is no -ing form', 'Stop the goats from hunger.', 'stop sb from doing'],
		['a one-letter word for a three-letter word in -ed', 'Learn R today.', 'red'],
		['a word one letter longer, doubled', 'Add salt.', 'ad'],
	])('does not take %s', (_, english, term) => {
		expect(find(english, term)).toBeNull();
	});

	it.each([...'09azAZÀɏ'])('takes no term followed by %s, a word character', (c) => {
		expect(find(`The cat${c} sat.`, 'cat')).toBeNull();
	});

	it.each([...'/:@[`{¿ɐ-'])('takes a term followed by %s, no word character', (c) => {
		expect(find(`The cat${c} sat.`, 'cat')).toBe('cat');
	});

	it('finds the first of several places a term stands', () => {
		expect(new TermLocator(`The cat saw the cat.${filler}`).locate('cat')).toEqual({ start: 4, end: 7 });
	});

	it('reads a term of up to 16 words', () => {
		const words = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen';
		const english = `She moved ${words} times.`;
		expect(find(english, `move ${words.split(' ').slice(0, 15).join(' ')}`)).toBe(`moved ${words.split(' ').slice(0, 15).join(' ')}`);
		expect(find(english, `move ${words}`)).toBeNull();
	});

	it('tries a term as written and its first seven alternatives', () => {
		const alternatives = 'alpha/beta/gamma/delta/epsilon/zeta/eta/theta';
		expect(find('It is eta now.', alternatives)).toBe('eta');
		expect(find('It is theta now.', alternatives)).toBeNull();
	});

	it.each([
		['TPU', 'Google TPUs run it.', 'TPUs'],
		['GPU', 'Rent GPUs.', 'GPUs'],
		['API', 'Two APIs and a CPU.', 'APIs'],
	])('finds %s as an acronym’s plural', (term, english, expected) => {
		expect(find(english, term)).toBe(expected);
	});
});

describe('locating a term in a short English', () => {
	it('prefers it as written to an earlier place in another case, past the first eight terms too', () => {
		const english = 'A cat met the Cat.';
		const locator = new TermLocator(english);
		for (let i = 0; i < 9; i++) expect(locator.locate('Cat')).toEqual({ start: 14, end: 17 });
	});
});

/** The text located, or null. */
const locatedIn = (english: string, term: string) => {
	const span = new TermLocator(english).locate(term);
	return span && english.slice(span.start, span.end);
};

describe('the work a term costs on pathological English is bounded', () => {
	it('tries its first 64 places as written, then its inflected forms', () => {
		expect(new TermLocator(`${'cats '.repeat(64)}cat.`).locate('cat')).toEqual({ start: 0, end: 4 });
		expect(new TermLocator(`${'cats '.repeat(63)}cat.`).locate('cat')).toEqual({ start: 315, end: 318 });
	});

	it('tries its first word at 64 word starts', () => {
		const far = 'moved one two three four five six. ';
		expect(locatedIn(`${far.repeat(63)}moved the needle.`, 'move the needle')).toBe('moved the needle');
		expect(locatedIn(`${far.repeat(64)}moved the needle.`, 'move the needle')).toBeNull();
	});

	it('tries its first word at 64 places in a long English', () => {
		const far = 'cat one two three four five six. ';
		expect(locatedIn(`${far.repeat(63)}cat food.${FILLER}`, 'cat food')).toBe('cat food');
		expect(locatedIn(`${far.repeat(64)}cat food.${FILLER}`, 'cat food')).toBeNull();
	});
});
