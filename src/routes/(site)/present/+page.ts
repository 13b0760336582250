// The classroom's own page: what the walk is, how to drive it and every step with its picture.
// Words, links and pictures, plus the site frame's small script (src/lib/plain): none of the app's.
export const csr = false;
