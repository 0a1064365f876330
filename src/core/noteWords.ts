/**
 * The words the plugin writes into the vault (term notes, exports, file names), by note language. This is not
 * the interface's text (src/lang): a note keeps the language it was written in whatever language
 * the app is in, and changes only when it is written again.
 */
export type NoteLanguage = 'en' | 'zh' | 'zh-TW';

export const NOTE_LANGUAGES: readonly NoteLanguage[] = ['en', 'zh', 'zh-TW'];

export interface NoteWords {
	/** What the term note region's begin marker says after `%% bilingual-lessons:begin`. */
	regionNotice: string;
	definition: string;
	occurrences: string;
	/** The occurrences section of a note whose term no lesson glosses any more. */
	noOccurrences: string;
	/** An occurrence link's text: the lesson's name and the unit's number. */
	unitLink: (lesson: string, unit: number) => string;
	/** The glossary CSV's column names, and what its Hot column says of a 🔥 term. */
	csvHeader: readonly string[];
	csvYes: string;
	/** The names of exported files, before their extension. */
	exportName: { csv: string; anki: string };
	/** What the kept original of a repaired note is called after its name: `Name (original).md`. */
	originalCopy: string;
}

export const NOTE_WORDS: Readonly<Record<NoteLanguage, NoteWords>> = {
	en: {
		regionNotice: 'generated from your lessons; edits between these markers are replaced',
		definition: 'Definition',
		occurrences: 'Occurrences',
		noOccurrences: 'No lesson glosses this term any more.',
		unitLink: (lesson, unit) => `${lesson}, unit ${unit}`,
		csvHeader: ['Term', 'IPA', 'Part of speech', 'Meaning', 'Hot', 'Lessons', 'Lesson files', 'Example', 'Translation'],
		csvYes: 'yes',
		exportName: { csv: 'Glossary', anki: 'Glossary for Anki' },
		originalCopy: 'original',
	},
	zh: {
		regionNotice: '由你的课文生成；两个标记之间的修改会被替换',
		definition: '释义',
		occurrences: '出处',
		noOccurrences: '已没有课文收录这个词条。',
		unitLink: (lesson, unit) => `${lesson}，第 ${unit} 单元`,
		csvHeader: ['词条', '音标', '词性', '释义', '重点', '课文数', '课文文件', '例句', '译文'],
		csvYes: '是',
		exportName: { csv: '词汇表', anki: '词汇表（Anki）' },
		originalCopy: '原文',
	},
	'zh-TW': {
		regionNotice: '由你的課文產生；兩個標記之間的修改會被取代',
		definition: '釋義',
		occurrences: '出處',
		noOccurrences: '已沒有課文收錄這個詞條。',
		unitLink: (lesson, unit) => `${lesson}，第 ${unit} 單元`,
		csvHeader: ['詞條', '音標', '詞性', '釋義', '重點', '課文數', '課文檔案', '例句', '譯文'],
		csvYes: '是',
		exportName: { csv: '詞彙表', anki: '詞彙表（Anki）' },
		originalCopy: '原文',
	},
};

/** `value` when it names a note language, else undefined. */
export function noteLanguage(value: unknown): NoteLanguage | undefined {
	return NOTE_LANGUAGES.find((language) => language === value);
}
