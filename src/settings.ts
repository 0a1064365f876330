/** Plugin settings: plain data, persisted with Plugin.saveData. */

export type GlossMode = 'always' | 'hot' | 'hover';

export interface BilingualLessonsSettings {
	/** Extra analysis label accepted besides `解析` (e.g. `Notes`); empty for none. */
	extraAnalysisLabel: string;
	/** Render lesson units as cards, in reading view and Live Preview. */
	renderCards: boolean;
	/** Switch a lesson opened in an editing mode to reading view. */
	openInReadingView: boolean;
	/** Which glosses stand above their terms in a card. */
	glossMode: GlossMode;
	/** Show the `{ } [ ] ( )` brackets of the syntax markup instead of styling only. */
	showMarkupBrackets: boolean;
	/** Open lessons with translations and glosses hidden. */
	studyModeDefault: boolean;
	/** Folder for term notes. */
	termFolder: string;
	/** Make notes for every glossed term, not only the 🔥 ones. */
	includeAllTerms: boolean;
	/** Update a lesson's term notes when the user leaves it after editing it (never writes the lesson). */
	autoUpdateTermNotes: boolean;
}

export const DEFAULT_SETTINGS: BilingualLessonsSettings = {
	extraAnalysisLabel: '',
	renderCards: true,
	openInReadingView: false,
	glossMode: 'hot',
	showMarkupBrackets: false,
	studyModeDefault: false,
	termFolder: 'Terms',
	includeAllTerms: false,
	autoUpdateTermNotes: false,
};

/** Merges saved data over the defaults, ignoring keys and values of the wrong type. */
export function loadSettings(saved: unknown): BilingualLessonsSettings {
	const result: BilingualLessonsSettings = { ...DEFAULT_SETTINGS };
	if (typeof saved !== 'object' || saved === null) return result;
	const record = saved as Record<string, unknown>;
	for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof BilingualLessonsSettings)[]) {
		const value = record[key];
		if (typeof value === typeof DEFAULT_SETTINGS[key]) (result as unknown as Record<string, unknown>)[key] = value;
	}
	if (!['always', 'hot', 'hover'].includes(result.glossMode)) result.glossMode = DEFAULT_SETTINGS.glossMode;
	return result;
}

/** Parser options derived from the settings. */
export function parseOptionsFrom(settings: BilingualLessonsSettings): { analysisLabels: string[] } {
	const label = settings.extraAnalysisLabel.trim();
	return { analysisLabels: label ? [label] : [] };
}
