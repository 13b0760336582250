/**
 * The Japanese site, loaded only by pages under /ja/ (see ../catalogs.ts): the interface words,
 * the classroom walk's words and the data's Japanese text from data/ja/ (checked at build time,
 * validateTranslations).
 */
import documentJa from '../../../../data/ja/document.json';
import countriesJa from '../../../../data/ja/countries.json';
import eventsJa from '../../../../data/ja/events.json';
import recurringJa from '../../../../data/ja/recurring.json';
import groupsJa from '../../../../data/ja/groups.json';
import type { Catalog } from '../catalogs';
import { ja } from './index';
import { jaSteps } from './steps';
import { jaLesson } from './lesson';
import { jaClassroom } from './classroom';

export const catalog: Catalog = {
	messages: ja,
	walk: jaSteps,
	classroom: jaClassroom,
	lesson: jaLesson,
	overlays: {
		'document.json': documentJa,
		'countries.json': countriesJa,
		'events.json': eventsJa,
		'recurring.json': recurringJa,
		'groups.json': groupsJa
	}
};
