import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = { html: 'text/html', css: 'text/css', js: 'text/javascript' };

/** Serves `site` (name → content) on 127.0.0.1 at a free port. */
export async function serve(site: Map<string, string>): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer((req, res) => {
		const name = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1) || 'index.html';
		const body = site.get(name);
		if (body === undefined) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, { 'content-type': `${TYPES[name.split('.').pop() ?? ''] ?? 'text/plain'}; charset=utf-8` }).end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}
