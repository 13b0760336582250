/**
 * The shape of the interface's messages: the English catalog's, area by area. Each language's
 * area is declared with its type, so a missing message, an extra one, or one that takes other
 * arguments is a type error (npm run check), never a blank on the page.
 */
import type { enClassroom } from './en/classroom';
import type { enMap } from './en/map';
import type { enShare } from './en/share';
import type { enSite } from './en/site';
import type { enProvenance } from './en/provenance';
import type { enLesson } from './en/lesson';
import type { enAbout } from './en/about';

export type SiteMessages = typeof enSite;
export type MapMessages = typeof enMap;
export type ClassroomMessages = typeof enClassroom;
export type ShareMessages = typeof enShare;
export type ProvenanceMessages = typeof enProvenance;
/** The lesson's words: apart from Messages, so that only the classroom's pages load them. */
export type LessonMessages = typeof enLesson;
export type AboutMessages = typeof enAbout;

/** The messages of one language: every key and argument of every area. */
export type Messages = SiteMessages &
	MapMessages &
	ClassroomMessages &
	ShareMessages &
	ProvenanceMessages &
	AboutMessages;
