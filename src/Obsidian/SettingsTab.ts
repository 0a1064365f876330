import { PluginSettingTab, Setting, type App } from 'obsidian';
import type BilingualLessonsPlugin from '../main';
import { renderLegend } from '../render/cards/legend';
import type { DirectionSetting } from '../core/review/card';
import { dailyLimit, type BilingualLessonsSettings, type GlossMode } from '../settings';
import { t } from '../lang/t';

type BooleanKey = { [K in keyof BilingualLessonsSettings]: BilingualLessonsSettings[K] extends boolean ? K : never }[keyof BilingualLessonsSettings];

export class BilingualLessonsSettingTab extends PluginSettingTab {
	constructor(app: App, private readonly plugin: BilingualLessonsPlugin) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();

		new Setting(containerEl).setName(t('settings.cards')).setHeading();
		this.toggle('renderCards');
		this.toggle('openInReadingView');
		new Setting(containerEl)
			.setName(t('settings.glossMode.name'))
			.setDesc(t('settings.glossMode.desc'))
			.addDropdown((dropdown) =>
				dropdown
					.addOptions({ always: t('settings.glossMode.always'), hot: t('settings.glossMode.hot'), hover: t('settings.glossMode.hover') })
					.setValue(this.plugin.settings.glossMode)
					.onChange(async (value) => {
						this.plugin.settings.glossMode = value as GlossMode;
						await this.plugin.saveSettings();
					}),
			);
		new Setting(containerEl).setName(t('settings.legend.name')).setDesc(t('settings.legend.desc'));
		renderLegend(containerEl);
		this.toggle('showMarkupBrackets');
		this.toggle('studyModeDefault');
		new Setting(containerEl)
			.setName(t('settings.extraAnalysisLabel.name'))
			.setDesc(t('settings.extraAnalysisLabel.desc'))
			.addText((text) =>
				text.setValue(this.plugin.settings.extraAnalysisLabel).onChange(async (value) => {
					this.plugin.settings.extraAnalysisLabel = value;
					await this.plugin.saveSettings();
				}),
			);

		new Setting(containerEl).setName(t('settings.termNotes')).setHeading();
		new Setting(containerEl)
			.setName(t('settings.termFolder.name'))
			.setDesc(t('settings.termFolder.desc'))
			.addText((text) =>
				text.setValue(this.plugin.settings.termFolder).onChange(async (value) => {
					this.plugin.settings.termFolder = value.trim() || 'Terms';
					await this.plugin.saveSettings();
				}),
			);
		this.toggle('includeAllTerms');
		this.toggle('autoUpdateTermNotes', t('settings.autoUpdateTermNotes.desc', { command: t('command.addUnitBlockIds') }));
		this.review();
	}

	private review(): void {
		const { containerEl } = this;
		new Setting(containerEl).setName(t('settings.review')).setHeading();
		this.limit('reviewNewPerDay');
		this.limit('reviewReviewsPerDay');
		new Setting(containerEl)
			.setName(t('settings.reviewDirection.name'))
			.setDesc(t('settings.reviewDirection.desc'))
			.addDropdown((dropdown) =>
				dropdown
					.addOptions({
						cloze: t('settings.reviewDirection.cloze'),
						meaning: t('settings.reviewDirection.meaning'),
						alternate: t('settings.reviewDirection.alternate'),
					})
					.setValue(this.plugin.settings.reviewDirection)
					.onChange(async (value) => {
						this.plugin.settings.reviewDirection = value as DirectionSetting;
						await this.plugin.saveSettings();
					}),
			);
	}

	/** A daily limit: a whole number is saved as typed; anything else is left unsaved. */
	private limit(key: 'reviewNewPerDay' | 'reviewReviewsPerDay'): void {
		new Setting(this.containerEl)
			.setName(t(`settings.${key}.name`))
			.setDesc(t(`settings.${key}.desc`))
			.addText((text) => {
				text.inputEl.type = 'number';
				text.setValue(String(this.plugin.settings[key])).onChange(async (value) => {
					const limit = dailyLimit(value);
					if (limit === null) return;
					this.plugin.settings[key] = limit;
					await this.plugin.saveSettings();
				});
			});
	}

	/** A toggle for a boolean setting, named by its `settings.<key>.name` text and described by its `.desc` unless told. */
	private toggle(key: Exclude<BooleanKey, 'autoUpdateTermNotes'>): void;
	private toggle(key: BooleanKey, desc: string): void;
	private toggle(key: BooleanKey, desc?: string): void {
		new Setting(this.containerEl)
			.setName(t(`settings.${key}.name`))
			.setDesc(desc ?? t(`settings.${key as Exclude<BooleanKey, 'autoUpdateTermNotes'>}.desc`))
			.addToggle((toggle) =>
				toggle.setValue(this.plugin.settings[key]).onChange(async (value) => {
					this.plugin.settings[key] = value;
					await this.plugin.saveSettings();
				}),
			);
	}
}
