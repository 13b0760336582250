// Types for scripts/lan.js.
export function listensOnAll(host: string): boolean;
export function lanOrigins(
	interfaces: Record<
		string,
		{ address: string; family: string | number; internal: boolean }[] | undefined
	>,
	port: number,
	base?: string
): string[];
export function thisComputersLanOrigins(port: number, base?: string): string[];
