import { describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { lanOrigins, listensOnAll } from './lan.js';
import { createSiteServer, listen } from './serve.js';

describe('lanOrigins', () => {
	it('lists the IPv4 addresses phones can reach, never the loopback or IPv6', () => {
		const interfaces = {
			lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
			eth0: [
				{ address: '192.168.1.20', family: 'IPv4', internal: false },
				{ address: 'fe80::1', family: 'IPv6', internal: false }
			],
			wlan0: [{ address: '10.0.0.5', family: 'IPv4', internal: false }]
		};
		expect(lanOrigins(interfaces, 4173, '/abductions/')).toEqual([
			'http://192.168.1.20:4173/abductions',
			'http://10.0.0.5:4173/abductions'
		]);
	});

	it('knows which hosts mean every interface', () => {
		expect(listensOnAll('0.0.0.0')).toBe(true);
		expect(listensOnAll('127.0.0.1')).toBe(false);
	});
});

describe('the server on the school network', () => {
	it('listens on every interface and gives the slide its addresses, reached through the loopback', async () => {
		const server = createSiteServer({ root: 'build', lanOrigins: ['http://192.0.2.7:4173'] });
		await listen(server, { port: 0, host: '0.0.0.0' });
		try {
			const address = server.address() as AddressInfo;
			expect(address.address).toBe('0.0.0.0');
			const response = await fetch(`http://127.0.0.1:${address.port}/classroom-address.json`);
			expect(await response.json()).toEqual({ origins: ['http://192.0.2.7:4173'] });
		} finally {
			server.close();
		}
	});

	it('says nothing of addresses when it serves this computer only', async () => {
		const server = createSiteServer({ root: 'build' });
		await listen(server, { port: 0 });
		try {
			const { address, port } = server.address() as AddressInfo;
			expect(address).toBe('127.0.0.1');
			const response = await fetch(`http://127.0.0.1:${port}/classroom-address.json`);
			expect(response.ok).toBe(false);
		} finally {
			server.close();
		}
	});
});
