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
import type { enPlain } from './en/plain';

export type SiteMessages = typeof enSite;
export type MapMessages = typeof enMap;
/** The classroom walk's controls, the presenter's window, the handout: read by the classroom alone. */
export type ClassroomMessages = typeof enClassroom;
export type ShareMessages = typeof enShare;
export type ProvenanceMessages = typeof enProvenance;
/** The lesson's words: apart from Messages, so that only the classroom's pages load them. */
export type LessonMessages = typeof enLesson;
/**
 * The words of the pages served without the app's script (About, the document's outline, the
 * tables): apart from Messages, read only where the server draws those pages ($lib/plain/words).
 */
export type PlainMessages = typeof enPlain;

/**
 * The messages of one language that every page of the app may show: every key and argument of
 * every area but the classroom's, the lesson's and the plain pages', which load apart.
 */
export type Messages = SiteMessages & MapMessages & ShareMessages & ProvenanceMessages;
