import type { Setting, SettingDefinitionControl } from 'obsidian';
import { NOTE_LANGUAGES } from '../../core/noteWords';
import { t } from '../../lang/t';
import { renderLegend } from '../../render/cards/legend';
import { DEFAULT_SETTINGS, MAX_DAILY_LIMIT, type BilingualLessonsSettings, type SettingKey } from '../../settings';

type BooleanKey = { [K in SettingKey]: BilingualLessonsSettings[K] extends boolean ? K : never }[SettingKey];

/** A row drawn by hand (the markup legend): `render` fills the row Obsidian made. */
export interface RenderedRow {
	name: string;
	desc: string;
	render: (setting: Setting) => void;
}

export type SettingRow = SettingDefinitionControl<SettingKey> | RenderedRow;

/** Rows under one heading. */
export interface SettingSection {
	heading: string;
	rows: SettingRow[];
}

/** A toggle named by its `settings.<key>.name` text and described by its `.desc`. */
const toggle = (key: Exclude<BooleanKey, 'autoUpdateTermNotes'>): SettingRow => ({
	name: t(`settings.${key}.name`),
	desc: t(`settings.${key}.desc`),
	control: { type: 'toggle', key },
});

const dailyLimit = (key: 'reviewNewPerDay' | 'reviewReviewsPerDay'): SettingRow => ({
	name: t(`settings.${key}.name`),
	desc: t(`settings.${key}.desc`),
	control: { type: 'number', key, min: 0, max: MAX_DAILY_LIMIT, step: 1 },
});

/** The markup legend, drawn with the cards' own classes under the row's description. */
function legendRow(): RenderedRow {
	const name = t('settings.legend.name');
	const desc = t('settings.legend.desc');
	return {
		name,
		desc,
		render: (setting) => {
			setting.setName(name).setDesc(desc);
			renderLegend(setting.descEl);
		},
	};
}

/**
 * The settings tab, described once: Obsidian 1.13+ draws it from these definitions (and finds them
 * in its settings search); older apps get the same rows from `drawSettingSections`.
 */
export function settingSections(): SettingSection[] {
	return [
		{
			heading: t('settings.general'),
			rows: [
				toggle('renderCards'),
				toggle('openInReadingView'),
				toggle('studyModeDefault'),
				{ name: t('settings.extraAnalysisLabel.name'), desc: t('settings.extraAnalysisLabel.desc'), control: { type: 'text', key: 'extraAnalysisLabel' } },
			],
		},
		{
			heading: t('settings.cards'),
			rows: [
				{
					name: t('settings.glossMode.name'),
					desc: t('settings.glossMode.desc'),
					control: {
						type: 'dropdown',
						key: 'glossMode',
						options: { always: t('settings.glossMode.always'), hot: t('settings.glossMode.hot'), hover: t('settings.glossMode.hover') },
					},
				},
				toggle('showMarkupBrackets'),
				legendRow(),
			],
		},
		{
			heading: t('settings.termNotes'),
			rows: [
				{ name: t('settings.termFolder.name'), desc: t('settings.termFolder.desc'), control: { type: 'text', key: 'termFolder', placeholder: DEFAULT_SETTINGS.termFolder } },
				toggle('includeAllTerms'),
				{
					name: t('settings.autoUpdateTermNotes.name'),
					desc: t('settings.autoUpdateTermNotes.desc', { command: t('command.addUnitBlockIds') }),
					control: { type: 'toggle', key: 'autoUpdateTermNotes' },
				},
				{
					name: t('settings.noteLanguage.name'),
					desc: t('settings.noteLanguage.desc', { command: t('command.updateTermNotesForVault') }),
					control: {
						type: 'dropdown',
						key: 'noteLanguage',
						options: Object.fromEntries(NOTE_LANGUAGES.map((language) => [language, t(`settings.noteLanguage.${language}`)])),
					},
				},
			],
		},
		{
			heading: t('settings.review'),
			rows: [
				dailyLimit('reviewNewPerDay'),
				dailyLimit('reviewReviewsPerDay'),
				{
					name: t('settings.reviewDirection.name'),
					desc: t('settings.reviewDirection.desc'),
					control: {
						type: 'dropdown',
						key: 'reviewDirection',
						options: {
							cloze: t('settings.reviewDirection.cloze'),
							meaning: t('settings.reviewDirection.meaning'),
							alternate: t('settings.reviewDirection.alternate'),
						},
					},
				},
			],
		},
	];
}
