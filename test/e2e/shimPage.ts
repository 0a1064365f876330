import type { BrowserContext, Page } from 'playwright-core';
import type { ShimApi, ShimWindow } from './shim/protocol';
import { buildSite } from './site';
import { serve } from './server';
import { launchBrowser } from './browser';
import { sampleVault } from './sampleVault';

export interface ShimSession {
	/** Opens the shim page with these query parameters; resolves once the plugin has loaded. */
	open(params?: Record<string, string>, viewport?: { width: number; height: number }): Promise<Page>;
	/** Errors the pages reported (uncaught exceptions, console errors) since the last call. */
	takeErrors(): string[];
	close(): Promise<void>;
}

/** Serves the sample vault's shim page and launches Chromium to open it. */
export async function startShim(files: Record<string, string> = sampleVault()): Promise<ShimSession> {
	const server = await serve(await buildSite({ files }));
	const browser = await launchBrowser();
	const errors: string[] = [];
	return {
		open: (params = {}, viewport) => openPage(browser.context, `${server.url}?${new URLSearchParams(params)}`, errors, viewport),
		takeErrors: () => errors.splice(0),
		close: async () => {
			await browser.close();
			await server.close();
		},
	};
}

async function openPage(context: BrowserContext, url: string, errors: string[], viewport = { width: 1280, height: 800 }): Promise<Page> {
	const page = await context.newPage();
	await page.setViewportSize(viewport);
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	await page.goto(url);
	await page.waitForSelector('body.shim-ready, .shim-error');
	const failure = await (await page.$('.shim-error'))?.textContent();
	if (failure) throw new Error(`The shim failed to boot:\n${failure}`);
	if (errors.length) throw new Error(`Errors while loading:\n${errors.splice(0).join('\n')}`);
	return page;
}

/** Runs `fn` in the page on its `window.shim` API, with `arg`; resolves to what it returns. */
export async function onShim<R, A = undefined>(page: Page, fn: (shim: ShimApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
	const api = await page.evaluateHandle(() => (window as unknown as ShimWindow).shim);
	// Playwright types the argument as it arrives after serialisation; ours are plain data already.
	return api.evaluate(fn as (shim: ShimApi, arg: unknown) => R | Promise<R>, arg as unknown);
}
