/**
 * The English words of sharing, citing and exporting, for what is made once for every language
 * (build-time link-preview images). The words of both languages are in $lib/i18n/messages.ts;
 * pages read them in their own language with currentMessages().
 */
import { en } from '$lib/i18n/messages';

export const SITE_NAME = en.site.title;
export const SHARE_WORDS = en.share;
export const PICTURE_WORDS = en.picture;
export const CITE_WORDS = { citation: en.citation.text };
export const PREVIEW_WORDS = en.preview;
