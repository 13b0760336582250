/**
 * The lesson's words in a language: English built in, the others from their loaded catalog. Apart
 * from the interface's messages, so that only the classroom's pages carry them (vite.config.ts).
 */
import { catalogOf } from '$lib/i18n/catalogs';
import { enLesson } from '$lib/i18n/en/lesson';
import type { Locale } from '$lib/i18n/locale';
import type { LessonMessages } from '$lib/i18n/types';

export function lessonWordsFor(locale: Locale): LessonMessages {
	return locale === 'en' ? enLesson : catalogOf(locale).lesson;
}
