// Bundles the plugin into main.js as Obsidian loads it: CommonJS, `obsidian` and editor packages external.
// Node built-ins are deliberately not external: importing one from src/ fails the build (the plugin runs on mobile).
import esbuild from 'esbuild';

const production = process.argv[2] === 'production';

const context = await esbuild.context({
	entryPoints: ['src/main.ts'],
	bundle: true,
	external: [
		'obsidian',
		'electron',
		'@codemirror/*',
		'@lezer/*',
	],
	format: 'cjs',
	target: 'es2021',
	logLevel: 'info',
	sourcemap: production ? false : 'inline',
	treeShaking: true,
	outfile: 'main.js',
	minify: production,
});

if (production) {
	await context.rebuild();
	await context.dispose();
} else {
	await context.watch();
}
