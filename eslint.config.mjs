import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';

// The pure core must run in Node, tests and the CLI unchanged: no value import from `obsidian`.
// Render code builds DOM with Obsidian's global helpers but takes no value from the module either.
const PURE_CORE = {
	files: ['src/core/**/*.ts', 'src/render/**/*.ts'],
	rules: {
		'@typescript-eslint/no-restricted-imports': [
			'error',
			{ paths: [{ name: 'obsidian', message: 'The pure core takes no value from obsidian.', allowTypeImports: true }] },
		],
	},
};

export default defineConfig([
	globalIgnores(['node_modules/', 'main.js', 'test/bench/.bundle.mjs', 'demo-vault/', 'docs/', 'test-results/', 'reports/', '.stryker-tmp*/']),
	...obsidianmd.configs.recommendedWithLocalesEn,
	{
		languageOptions: {
			globals: { ...globals.browser },
			parserOptions: {
				projectService: {
					allowDefaultProject: ['eslint.config.mjs', 'esbuild.config.mjs', 'version-bump.mjs', 'stryker.config.mjs', 'test/mutation/*.mjs'],
					// The ten scripts above, outside tsconfig; the default of 8 is a guard against globbing a whole tree.
					maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 12,
				},
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	PURE_CORE,
	{
		// Obsidian's names for a view and a key and the phonetic alphabet, written as they are; a count starts
		// "1 lesson" as English writes it; A–Z is a range, not a word.
		files: ['src/lang/en.ts'],
		rules: {
			'obsidianmd/ui/sentence-case-locale-module': ['warn', { ignoreWords: ['Live', 'Preview', 'Enter', 'IPA'], ignoreRegex: ['^\\d+ [a-z]', '^A–Z$'] }],
		},
	},
	{
		// The test double and browser shim implement Obsidian's own DOM primitives.
		files: ['test/obsidian-double/**/*.ts', 'test/e2e/shim/**/*.ts'],
		rules: {
			'obsidianmd/prefer-create-el': 'off',
			'obsidianmd/prefer-instanceof': 'off',
			'obsidianmd/no-global-this': 'off',
			// The double implements Vault and files itself.
			'obsidianmd/prefer-file-manager-trash-file': 'off',
			'obsidianmd/no-tfile-tfolder-cast': 'off',
			// They call display() as the app does for tabs without setting definitions (and for older apps).
			'@typescript-eslint/no-deprecated': 'off',
		},
	},
	{
		// Command line, tests and build scripts run in Node, outside the plugin bundle.
		files: ['src/cli/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', '*.mjs', 'test/mutation/*.mjs'],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			'import/no-nodejs-modules': 'off',
			'obsidianmd/no-nodejs-modules': 'off',
			'obsidianmd/prefer-active-doc': 'off',
			'obsidianmd/prefer-window-timers': 'off',
			'no-restricted-globals': 'off',
			'obsidianmd/rule-custom-message': 'off',
			'no-console': 'off',
			// Scripts that write a vault (the demo) and the double's Vault name its default config folder.
			'obsidianmd/hardcoded-config-path': 'off',
		},
	},
]);
