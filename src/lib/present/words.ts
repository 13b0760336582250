/**
 * The classroom's words in a language (the walk's controls, the presenter's window, the handout):
 * English built in, the others from their loaded catalog. Apart from the interface's messages, so
 * that only the classroom's pages carry them (vite.config.ts).
 */
import { catalogOf } from '$lib/i18n/catalogs';
import { enClassroom } from '$lib/i18n/en/classroom';
import type { Locale } from '$lib/i18n/locale';
import type { ClassroomMessages } from '$lib/i18n/types';

export function classroomWordsFor(locale: Locale): ClassroomMessages {
	return locale === 'en' ? enClassroom : catalogOf(locale).classroom;
}
