import { getLanguage, Plugin } from 'obsidian';
import { LessonCache } from './core/LessonCache';
import { SettingsChanges } from './core/SettingsChanges';
import { DEFAULT_SETTINGS, firstRun, loadSettings, PARSE_KEYS, parseOptionsFrom, type BilingualLessonsSettings, type SettingKey } from './settings';
import { BilingualLessonsSettingTab } from './Obsidian/settings/SettingsTab';
import type { TermNoteService } from './Obsidian/TermNoteService';
import type { GlossaryAccess } from './Obsidian/glossary/registerGlossary';
import { registerTermNotes } from './Obsidian/termNotes/registerTermNotes';
import { registerCards } from './Obsidian/cards/registerCards';
import type { GlossaryIndexer } from './Obsidian/glossary/GlossaryIndexer';
import { registerGlossary } from './Obsidian/glossary/registerGlossary';
import { setInterfaceLanguage } from './lang/t';
import { registerReview } from './Obsidian/review/registerReview';
import { registerRepair } from './Obsidian/repair/registerRepair';

/** Wiring only: each feature registers itself from its own module under src/Obsidian/. */
export default class BilingualLessonsPlugin extends Plugin {
	settings!: BilingualLessonsSettings;
	/** Parsed lessons by path, re-parsed only when a note's text changes. */
	lessons!: LessonCache;
	/** Set by the term notes feature when it registers (before cards and glossary). */
	termNotes!: TermNoteService;
	/** The vault glossary's index and what feeds it. */
	glossary!: GlossaryIndexer;
	/** Set by the cards feature when it registers: what the glossary asks of it. */
	cards?: { flash(path: string, unit: number, term: string): void };
	/** Set by the glossary feature when it registers: what the cards ask of it. */
	glossaryAccess?: GlossaryAccess;
	/** Set by the repair feature when it registers: the preview of a note's encoding repair (the diagnostic's button). */
	repairEncoding?: (path: string) => Promise<void>;
	private readonly settingsChanges = new SettingsChanges<BilingualLessonsSettings>(DEFAULT_SETTINGS);

	async onload(): Promise<void> {
		setInterfaceLanguage(getLanguage());
		const saved: unknown = await this.loadData();
		this.settings = loadSettings(saved, getLanguage());
		this.settingsChanges.commit(this.settings);
		// The notes' language, taken from the app's on the first run, is kept from then on.
		if (firstRun(saved)) await this.saveData(this.settings);
		this.lessons = new LessonCache(() => parseOptionsFrom(this.settings));
		this.onSettingsChanged(PARSE_KEYS, () => this.lessons.clear());
		this.addSettingTab(new BilingualLessonsSettingTab(this.app, this));
		// Features register below, term notes first: cards and the glossary use plugin.termNotes.
		registerTermNotes(this);
		registerCards(this);
		this.glossary = registerGlossary(this);
		registerReview(this);
		registerRepair(this);
	}

	/** Calls `listener` after each save that changed one of `keys`, for the plugin's lifetime. */
	onSettingsChanged(keys: readonly SettingKey[], listener: (changed: readonly SettingKey[]) => void): void {
		this.settingsChanges.on(keys, listener);
	}

	/** Saves the settings when they changed since the last save, and tells the features that depend on what changed. */
	async saveSettings(): Promise<void> {
		const changed = this.settingsChanges.commit(this.settings);
		if (changed.length === 0) return;
		await this.saveData(this.settings);
		this.settingsChanges.notify(changed);
	}
}
