import { describe, expect, it } from 'vitest';
import { lanOrigins, listensOnAll } from './lan.js';

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
