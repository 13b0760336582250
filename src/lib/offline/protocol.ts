/** What the page tells a waiting service worker: take over now (the user chose to reload). */
export const SKIP_WAITING = 'skip-waiting';
