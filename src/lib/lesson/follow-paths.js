// Where a classroom's own server (HOST=0.0.0.0 npm start, scripts/follow.js) takes the slide's
// step and where students' pages listen for it, under the site's base path. Plain JavaScript:
// the server reads it as it is, and so does the page's code.
export const FOLLOW_PATHS = { step: '/classroom/step', follow: '/classroom/follow' };
