/** The site's name, as in the page title, on share pages and on every social card. */
export const siteName = 'What did DeepSeek V3 really cost?';
