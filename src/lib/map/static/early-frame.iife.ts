/**
 * The country pages' first framing as the page runs it: bundled at build time into one
 * self-contained function (the `?iife` import in first-paint.ts) and written in right after the
 * world, whose holder is the script's parent.
 */
import { frameBeforeScript } from './early-frame';

frameBeforeScript(document.currentScript!.parentElement!);
