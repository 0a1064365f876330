import type { LessonRecord } from '../../src/core/glossary/lessonRecord';

/** A lesson as the glossary stores it: a meaning that needs folding for search (capitals), units with and without a block id. */
export const BEES: LessonRecord = {
	path: 'bees.md',
	title: 'Bees',
	mtime: 5,
	size: 99,
	units: [[1, 4, null], [7, 20, 'unit-7']],
	terms: [
		[0, 'Swarm', '/swɔːm/', '名词', 'GPU 蜂群', 1],
		[1, 'brood', null, null, '幼蜂', 0],
		[1, 'swarm', '', '动词', '分蜂', 0],
	],
	words: '',
};
