/**
 * The English interface text: the source of every key. Other locales are typed from it (a missing or
 * extra key fails the type-check). `{name}` marks a value filled in by `t()`.
 */
export const en = {
	'command.addSelectionAsTerm': 'Add the selected text as a term',
	'command.toggleStudyMode': 'Toggle study mode',
	'command.revealAll': 'Reveal all translations and glosses',
	'command.hideAll': 'Hide all translations and glosses',
	'command.toggleClozeMode': 'Toggle cloze mode (hide the 🔥 terms while studying)',
	'command.openGlossary': 'Open glossary',
	'command.exportGlossaryCsv': 'Export glossary as CSV',
	'command.exportGlossaryAnki': 'Export glossary for Anki',
	'command.addUnitBlockIds': 'Add unit block ids to this lesson',
	'command.updateTermNotesForLesson': 'Create or update term notes for this lesson',
	'command.updateTermNotesForVault': 'Create or update term notes for all lessons in the vault',

	'settings.cards': 'Cards',
	'settings.renderCards.name': 'Show lessons as cards',
	'settings.renderCards.desc': 'Render each unit of a lesson note as an interlinear card, in reading view and Live Preview.',
	'settings.openInReadingView.name': 'Open lessons in reading view',
	'settings.openInReadingView.desc': 'Switch a lesson to reading view when it opens in an editing mode.',
	'settings.glossMode.name': 'Glosses above terms',
	'settings.glossMode.desc': 'Which term meanings stand above the sentence.',
	'settings.glossMode.always': 'All glossed terms',
	'settings.glossMode.hot': 'Only 🔥 terms',
	'settings.glossMode.hover': 'On hover',
	'settings.legend.name': 'What the markup means',
	'settings.legend.desc': 'How cards draw the syntax markup and the terms.',
	'settings.showMarkupBrackets.name': 'Show markup brackets',
	'settings.showMarkupBrackets.desc': 'Show the { } [ ] ( ) brackets of the syntax markup as written.',
	'settings.studyModeDefault.name': 'Start in study mode',
	'settings.studyModeDefault.desc': 'Open lessons with translations and glosses hidden until revealed.',
	'settings.extraAnalysisLabel.name': 'Extra analysis label',
	'settings.extraAnalysisLabel.desc': 'A label accepted besides 解析 before the term list of a unit. Leave empty for none.',
	'settings.termNotes': 'Term notes',
	'settings.termFolder.name': 'Term notes folder',
	'settings.termFolder.desc': 'Where new term notes are created. Existing term notes are found wherever they are.',
	'settings.includeAllTerms.name': 'Include every glossed term',
	'settings.includeAllTerms.desc': 'Make term notes for all glossed terms, not only the 🔥 ones.',
	'settings.autoUpdateTermNotes.name': 'Update term notes when you leave a lesson',
	'settings.autoUpdateTermNotes.desc':
		'Off: term notes are written only by the commands. On: after you edit a lesson and switch to another note, its term notes are updated, and notes are created for terms that stood in it for 10 seconds. The lesson itself is never written; block ids are added only by the command "{command}".',

	'legend.clause': 'A sentence or clause, { } in the note',
	'legend.modifier': 'A modifier, [ ] in the note; deeper ones change colour',
	'legend.aside': 'An aside, ( ) in the note',
	'legend.term': 'A glossed term: point at it, tap it or press Enter for its meaning',
	'legend.hotTerm': 'A key term (🔥), its gloss above it',

	'notice.exported': 'Exported {count} terms to {path}',
	'notice.exportFailed': 'Could not export the glossary: {error}',

	'command.setLessonMedia': 'Set lesson media…',
	'command.mediaPlayPause': 'Play or pause the lesson media',
	'command.mediaPreviousUnit': 'Play the previous unit',
	'command.mediaNextUnit': 'Play the next unit',
	'command.mediaRepeatUnit': 'Repeat the unit',
	'media.playUnit': 'Play unit {n} ({range})',
	'media.speakUnit': 'Read unit {n} aloud',
	'media.player': 'Lesson media',
	'media.previous': 'Previous unit',
	'media.play': 'Play',
	'media.pause': 'Pause',
	'media.next': 'Next unit',
	'media.repeat': 'Repeat unit',
	'media.loop': 'Loop unit',
	'media.rate': 'Playback speed',
	'media.noUnit': 'No unit',
	'media.unit': 'Unit {n}',
	'media.unitRange': 'Unit {n} · {range}',
	'media.youtube': 'YouTube video',
	'media.pickPlaceholder': 'Pick an audio or video file for this lesson',
	'media.pickEmpty': 'No audio or video file in the vault',
	'media.setFailed': 'Could not set the lesson\'s media: {error}',
} as const;

/** A key of the interface text. */
export type TextKey = keyof typeof en;

/** A locale: every key of the English text, no other. */
export type Locale = Record<TextKey, string>;
