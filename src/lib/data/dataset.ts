/** The one validated dataset. Importing this module fails (and so fails the build) if data/ is invalid. */
import documentJson from '../../../data/document.json';
import countriesJson from '../../../data/countries.json';
import eventsJson from '../../../data/events.json';
import recurringJson from '../../../data/recurring.json';
import groupsJson from '../../../data/groups.json';
import { validateDataset } from './validate';

export const dataset = validateDataset({
	'document.json': documentJson,
	'countries.json': countriesJson,
	'events.json': eventsJson,
	'recurring.json': recurringJson,
	'groups.json': groupsJson
});
