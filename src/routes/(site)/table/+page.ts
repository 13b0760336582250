// The tables need none of the app's script: the page is its prerendered HTML plus a small script
// of its own (src/lib/plain), which hooks.server.ts writes in.
export const csr = false;
