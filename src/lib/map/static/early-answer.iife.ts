/**
 * The first answer's script as the page runs it: bundled at build time into one self-contained
 * function (the `?iife` import in first-paint.ts) and written in right after the world, whose
 * holder is the script's parent.
 */
import { answerBeforeScript } from './early-answer';

answerBeforeScript(document.currentScript!.parentElement!);
