/** Plugin settings: plain data, persisted with Plugin.saveData. */
import { noteLanguage, type NoteLanguage } from './core/noteWords';
import type { DirectionSetting } from './core/review/card';
import { pickLocale } from './lang/pickLocale';

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
	/** The language of what the plugin writes into the vault: term notes' headings and link texts, exports. */
	noteLanguage: NoteLanguage;
	/** Update a lesson's term notes when the user leaves it after editing it (never writes the lesson). */
	autoUpdateTermNotes: boolean;
	/** At most this many never-reviewed terms a day. */
	reviewNewPerDay: number;
	/** At most this many due reviews a day. */
	reviewReviewsPerDay: number;
	/** What a review card asks from: the sentence, the meaning, or each in turn. */
	reviewDirection: DirectionSetting;
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
	// Where nothing is saved, loadSettings puts the app's language in its place.
	noteLanguage: 'en',
	autoUpdateTermNotes: false,
	reviewNewPerDay: 20,
	reviewReviewsPerDay: 200,
	reviewDirection: 'cloze',
};

/** The largest daily limit a setting takes. */
export const MAX_DAILY_LIMIT = 9999;

const DIRECTIONS: readonly DirectionSetting[] = ['cloze', 'meaning', 'alternate'];
const GLOSS_MODES: readonly GlossMode[] = ['always', 'hot', 'hover'];

/** A daily limit as typed or saved: a whole number from 0 to MAX_DAILY_LIMIT, else null. */
export function dailyLimit(value: unknown): number | null {
	const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
	return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_DAILY_LIMIT ? n : null;
}

export type SettingKey = keyof BilingualLessonsSettings;

/** `value` as setting `key` takes it (a folder name trimmed), or undefined when it is no valid value for that setting. */
export function settingValue(key: SettingKey, value: unknown): unknown {
	switch (key) {
		case 'glossMode':
			return GLOSS_MODES.includes(value as GlossMode) ? value : undefined;
		case 'reviewDirection':
			return DIRECTIONS.includes(value as DirectionSetting) ? value : undefined;
		case 'reviewNewPerDay':
		case 'reviewReviewsPerDay':
			return typeof value === 'number' ? (dailyLimit(value) ?? undefined) : undefined;
		case 'termFolder':
			return typeof value === 'string' ? value.trim() || undefined : undefined;
		case 'noteLanguage':
			return noteLanguage(value);
		default:
			return typeof value === typeof DEFAULT_SETTINGS[key] ? value : undefined;
	}
}

/**
 * Merges saved data over the defaults, each value checked by `settingValue` (a wrong one keeps its
 * default). The notes' language defaults to the app's (`appLanguage`, see pickLocale): the plugin
 * saves it on the first run (see firstRun), so that it stays when the app's language changes.
 */
export function loadSettings(saved: unknown, appLanguage = 'en'): BilingualLessonsSettings {
	const result: Record<string, unknown> = { ...DEFAULT_SETTINGS, noteLanguage: pickLocale(appLanguage) };
	if (typeof saved !== 'object' || saved === null) return result as unknown as BilingualLessonsSettings;
	const record = saved as Record<string, unknown>;
	for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
		const value = settingValue(key, record[key]);
		if (value !== undefined) result[key] = value;
	}
	return result as unknown as BilingualLessonsSettings;
}

/** Whether the saved data lacks a value that loadSettings took from the app (the notes' language), and must be saved once. */
export function firstRun(saved: unknown): boolean {
	return settingValue('noteLanguage', typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>).noteLanguage : undefined) === undefined;
}

/** Parser options derived from the settings. */
export function parseOptionsFrom(settings: BilingualLessonsSettings): { analysisLabels: string[] } {
	const label = settings.extraAnalysisLabel.trim();
	return { analysisLabels: label ? [label] : [] };
}

/** The settings lessons are parsed with: a change re-parses and re-indexes every lesson. */
export const PARSE_KEYS: readonly SettingKey[] = ['extraAnalysisLabel'];
/** The settings cards are drawn with, what parses as a lesson included: a change draws them again. */
export const CARD_KEYS: readonly SettingKey[] = ['renderCards', 'glossMode', 'showMarkupBrackets', 'studyModeDefault', ...PARSE_KEYS];
/** The review limits: a change counts the due terms again. */
export const REVIEW_LIMIT_KEYS: readonly SettingKey[] = ['reviewNewPerDay', 'reviewReviewsPerDay'];
/** Settings typed as text: saved once typing pauses, not on every key. */
export const TEXT_KEYS: readonly SettingKey[] = ['extraAnalysisLabel', 'termFolder'];
