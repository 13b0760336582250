// The addresses a classroom's phones can open when `npm start` serves the school network
// (HOST=0.0.0.0): this computer's IPv4 addresses other than the loopback, with the port and the
// base path. The server hands them to the slide (/classroom-address.json), whose QR code then
// points phones at an address they can reach.
import { networkInterfaces } from 'node:os';

/** Whether a host means every interface of this computer. */
export function listensOnAll(host) {
	return host === '0.0.0.0' || host === '::';
}

/** `interfaces` as os.networkInterfaces() gives them. */
export function lanOrigins(interfaces, port, base = '') {
	const path = base.replace(/\/+$/, '');
	return Object.values(interfaces)
		.flat()
		.filter((a) => a && (a.family === 'IPv4' || a.family === 4) && !a.internal)
		.map((a) => `http://${a.address}:${port}${path}`);
}

export function thisComputersLanOrigins(port, base) {
	return lanOrigins(networkInterfaces(), port, base);
}
