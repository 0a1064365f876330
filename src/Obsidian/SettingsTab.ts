import { PluginSettingTab, Setting, type App } from 'obsidian';
import type BilingualLessonsPlugin from '../main';
import { renderLegend } from '../render/cards/legend';
import type { BilingualLessonsSettings, GlossMode } from '../settings';

type BooleanKey = { [K in keyof BilingualLessonsSettings]: BilingualLessonsSettings[K] extends boolean ? K : never }[keyof BilingualLessonsSettings];

export class BilingualLessonsSettingTab extends PluginSettingTab {
	constructor(app: App, private readonly plugin: BilingualLessonsPlugin) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();

		new Setting(containerEl).setName('Cards').setHeading();
		this.toggle('renderCards', 'Show lessons as cards', 'Render each unit of a lesson note as an interlinear card, in reading view and Live Preview.');
		this.toggle('openInReadingView', 'Open lessons in reading view', 'Switch a lesson to reading view when it opens in an editing mode.');
		new Setting(containerEl)
			.setName('Glosses above terms')
			.setDesc('Which term meanings stand above the sentence.')
			.addDropdown((dropdown) =>
				dropdown
					.addOptions({ always: 'All glossed terms', hot: '🔥 terms only', hover: 'On hover' })
					.setValue(this.plugin.settings.glossMode)
					.onChange(async (value) => {
						this.plugin.settings.glossMode = value as GlossMode;
						await this.plugin.saveSettings();
					}),
			);
		new Setting(containerEl).setName('What the markup means').setDesc('How cards draw the syntax markup and the terms.');
		renderLegend(containerEl);
		this.toggle('showMarkupBrackets', 'Show markup brackets', 'Show the { } [ ] ( ) brackets of the syntax markup as written.');
		this.toggle('studyModeDefault', 'Start in study mode', 'Open lessons with translations and glosses hidden until revealed.');
		new Setting(containerEl)
			.setName('Extra analysis label')
			.setDesc('A label accepted besides 解析 before the term list of a unit. Leave empty for none.')
			.addText((text) =>
				text.setValue(this.plugin.settings.extraAnalysisLabel).onChange(async (value) => {
					this.plugin.settings.extraAnalysisLabel = value;
					await this.plugin.saveSettings();
				}),
			);

		new Setting(containerEl).setName('Term notes').setHeading();
		new Setting(containerEl)
			.setName('Term notes folder')
			.setDesc('Where new term notes are created. Existing term notes are found wherever they are.')
			.addText((text) =>
				text.setValue(this.plugin.settings.termFolder).onChange(async (value) => {
					this.plugin.settings.termFolder = value.trim() || 'Terms';
					await this.plugin.saveSettings();
				}),
			);
		this.toggle('includeAllTerms', 'Include every glossed term', 'Make term notes for all glossed terms, not only the 🔥 ones.');
		this.toggle(
			'autoUpdateTermNotes',
			'Update term notes when you leave a lesson',
			'Off: term notes are written only by the commands. On: after you edit a lesson and switch to another note, its term notes are updated, and notes are created for terms that stood in it for 10 seconds. The lesson itself is never written; block ids are added only by the command "Add unit block ids to this lesson".',
		);
	}

	private toggle(key: BooleanKey, name: string, desc: string): void {
		new Setting(this.containerEl)
			.setName(name)
			.setDesc(desc)
			.addToggle((toggle) =>
				toggle.setValue(this.plugin.settings[key]).onChange(async (value) => {
					this.plugin.settings[key] = value;
					await this.plugin.saveSettings();
				}),
			);
	}
}
