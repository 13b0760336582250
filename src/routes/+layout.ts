// Every page is prerendered: the site is a folder of static files any host can serve.
export const prerender = true;
export const trailingSlash = 'never';
