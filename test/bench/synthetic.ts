// Synthetic lesson notes for benches and scale tests: generated, varied in layout, with a shared vocabulary
// (terms met in many lessons, Zipf-like) and fresh words of each lesson's own, so a vault grows as a real
// learner's does. Deterministic: lesson `i` is always the same text.
import { rng as random } from '../seededRandom';

const CONSONANTS = ['b', 'c', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'sh', 'tr', 'pl', 'gr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ea'];
const ENDINGS = ['', 'n', 'r', 'st', 'ck', 'nt', 'l', 'x'];
const HANZI = '延迟推理队列模型评测语音文本速度容差分布服务技术一致稳定生产环境数据训练部署成本质量用户反馈实时系统架构优化标准场景能力指标';
const POS = ['名词', '动词', '形容词', '副词', '短语', '动词短语', null];
const FILLER = ['we', 'really', 'think', 'the', 'about', 'and', 'then', 'you', 'kind of', 'actually', 'because', 'with', 'for', 'that', 'is', 'so'];

/** A pronounceable word for a number: distinct numbers, distinct words. */
function word(n: number): string {
	let w = '';
	let rest = n;
	do {
		w += CONSONANTS[rest % CONSONANTS.length] + VOWELS[Math.floor(rest / CONSONANTS.length) % VOWELS.length];
		rest = Math.floor(rest / (CONSONANTS.length * VOWELS.length));
	} while (rest > 0);
	return w + ENDINGS[n % ENDINGS.length];
}

function hanzi(rnd: () => number, length: number): string {
	let s = '';
	for (let i = 0; i < length; i++) s += HANZI[Math.floor(rnd() * HANZI.length)];
	return s;
}

/** A term of the shared vocabulary (`n` small: common) or of one lesson's own: one to three words. */
function term(n: number): string {
	const words = 1 + (n % 7 === 0 ? 2 : n % 3 === 0 ? 1 : 0);
	return Array.from({ length: words }, (_, k) => word(n * 3 + k)).join(' ');
}

/** The English a term takes in a sentence: as written, or inflected (the locator finds both). */
function inflected(t: string, rnd: () => number): string {
	const r = rnd();
	const first = t.split(' ')[0];
	if (r < 0.15) return t.replace(first, `${first}ing`);
	if (r < 0.3) return t.replace(first, `${first}s`);
	return t;
}

export interface SyntheticOptions {
	units?: number;
	/** Terms glossed per unit. */
	termsPerUnit?: number;
	/** Of those, the share taken from the shared vocabulary. */
	shared?: number;
	/** Size of the shared vocabulary. */
	vocabulary?: number;
}

/**
 * Lesson `i` of a synthetic vault. Layouts vary by lesson: variant A (English on the header line) or B (on its
 * own line, with `{ [ ( ` markup); times or none; `*` or `-` bullets; IPA, part of speech and 🔥 present or not.
 */
export function syntheticLesson(i: number, options: SyntheticOptions = {}): string {
	const { units = 40, termsPerUnit = 3, shared = 0.5, vocabulary = 5000 } = options;
	const rnd = random(i * 7919 + 1);
	const variantB = i % 3 === 1;
	const bullet = i % 4 === 3 ? '-' : '*';
	const label = i % 5 === 4 ? '**解析：**' : '解析：';
	const out: string[] = [`# 🎯 合成课程 ${i} 英语段落翻译`, '', `本文共 **${units} 个语义单元**，将全部翻译。`, '', '---', ''];
	let fresh = 0;
	for (let u = 1; u <= units; u++) {
		const terms = Array.from({ length: termsPerUnit }, () => {
			if (rnd() < shared) return term(Math.floor(vocabulary * rnd() * rnd())); // common terms more often
			return term(1_000_000 + i * 1000 + fresh++);
		});
		const phrases = terms.map((t) => `${FILLER[Math.floor(rnd() * FILLER.length)]} ${inflected(t, rnd)}`);
		const time = i % 2 === 0 ? ` [${Math.floor(u / 2)}:${String((u * 13) % 60).padStart(2, '0')}-${Math.floor(u / 2)}:${String((u * 13 + 9) % 60).padStart(2, '0')}]` : '';
		const sentence = `So ${phrases.join(', and ')}, which is what we ${FILLER[u % FILLER.length]} mean here.`;
		if (variantB) {
			const marked = `{So [${phrases[0]}] (actually), and ${phrases.slice(1).join(', and ')},} {which is [what we mean] here.}`;
			out.push(`(${u})${time}`, '', `**${marked}**`, '');
		} else {
			out.push(`(${u})${time} **${sentence}**`, '');
		}
		out.push(`我们${hanzi(rnd, 12)}，${hanzi(rnd, 10)}。`, '', label);
		terms.forEach((t, k) => {
			const ipa = rnd() < 0.6 ? ` /ˈ${t.split(' ')[0]}/` : '';
			const pos = POS[Math.floor(rnd() * POS.length)];
			const hot = k === 0 || rnd() < 0.2;
			const meaning = `${pos ? `${pos}，` : ''}${hanzi(rnd, 2 + Math.floor(rnd() * 6))}${rnd() < 0.3 ? `（${hanzi(rnd, 6)}）` : ''}`;
			out.push(`${bullet} **${t}**${ipa}：${meaning}${hot ? ' 🔥' : ''}`);
		});
		out.push('', '---', '');
	}
	return out.join('\n');
}
