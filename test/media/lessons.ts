// A lesson written for the listening tests: three units cut an hour into a recording (h:mm:ss), so
// with `media-offset: 1:00:00` they play at 0:01–0:02, 0:02–0:04 and 0:04–0:05 of a short file.

export const KEEPER = 'Lessons/Lighthouse keeper.md';

/** The lesson, with these frontmatter lines (none: no frontmatter). */
export function keeperLesson(frontmatter: string[] = []): string {
	const head = frontmatter.length ? ['---', ...frontmatter, '---', ''] : [];
	return [
		...head,
		'# 🗼 灯塔看守人 英语段落翻译',
		'本文共 **3 个语义单元**。',
		'',
		'---',
		'',
		'(1) [1:00:01-1:00:02] **The lamp is lit at dusk.**',
		'',
		'灯在黄昏时点亮。',
		'',
		'解析：',
		'- **dusk** /dʌsk/：名词，黄昏 🔥',
		'',
		'---',
		'',
		'(2) [1:00:02-1:00:04] **{When fog rolls in,} [the keeper] sounds the horn.**',
		'',
		'雾气涌来时，看守人会鸣响雾角。',
		'',
		'解析：',
		'- **fog** /fɔːɡ/：名词，雾 🔥',
		'- **horn**：名词，号角',
		'',
		'---',
		'',
		'(3) [1:00:04-1:00:05] **Ships steer clear of the rocks.**',
		'',
		'船只避开礁石。',
		'',
		'解析：',
		'- **steer clear of** 🔥：短语，避开',
		'',
	].join('\n');
}

/** The frontmatter of the lesson with its recording, an hour in. */
export const WITH_MEDIA = ['media: "[[keeper.wav]]"', 'media-offset: "1:00:00"'];
