import { getLanguage, Plugin } from 'obsidian';
import { firstRun, PARSE_KEYS } from './settings';
import { createContext, type PluginContext } from './Obsidian/context';
import { SettingsTab } from './Obsidian/settings/SettingsTab';
import { registerTermNotes } from './Obsidian/termNotes/registerTermNotes';
import { registerCards } from './Obsidian/cards/registerCards';
import { registerGlossary } from './Obsidian/glossary/registerGlossary';
import { setInterfaceLanguage } from './lang/t';
import { registerReview } from './Obsidian/review/registerReview';
import { registerRepair } from './Obsidian/repair/registerRepair';

/** Wiring only: each feature registers itself from its own module under src/Obsidian/, given the context. */
export default class BilingualLessonsPlugin extends Plugin {
	/** What every feature is given: the settings, the lesson cache, the term notes, the glossary index. */
	readonly context: PluginContext = createContext(this);

	async onload(): Promise<void> {
		setInterfaceLanguage(getLanguage());
		const { context } = this;
		const saved: unknown = await this.loadData();
		context.settings.load(saved, getLanguage());
		// The notes' language, taken from the app's on the first run, is kept from then on.
		if (firstRun(saved)) await this.saveData(context.settings.get());
		context.settings.on(PARSE_KEYS, () => context.lessons.clear());
		this.addSettingTab(new SettingsTab(this.app, this, context.settings));
		registerTermNotes(context);
		const cards = registerCards(context);
		registerGlossary(context, cards);
		registerReview(context, cards);
		registerRepair(context);
	}
}
