// A page of words and links: its prerendered HTML, plus the site frame's small script
// (src/lib/plain), which hooks.server.ts writes in. None of the app's script.
export const csr = false;
