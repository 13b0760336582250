/**
 * The script of a page without the app's script, as the page runs it: bundled at build time into
 * one self-contained function (the `?iife` import in $lib/server/plain-page.ts) and written in at
 * the end of the page's body.
 */
import { startPlainPage } from './page';

const page = document.querySelector<HTMLElement>('[data-plain-page]');
if (page) startPlainPage(page);
