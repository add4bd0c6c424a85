/** The page's citation in one place, written out as BibTeX (/cite.bib) and CSL-JSON (/cite.json). */
import { sources } from '../../content/sources';
import { basisSources, siteAuthor, siteName } from '../lib/site';
import { isoDay } from './content-date';

/** What a citation of the page says. */
export interface Citation {
  title: string;
  /** The site, as an organisation. */
  author: string;
  /** The last content change. */
  date: Date;
  /** The page's absolute address (site + base). */
  url: string;
}

/** The page's citation, given its address and the date of its last content change. */
export const pageCitation = (url: string, date: Date): Citation => ({ title: siteName, author: siteAuthor, date, url });

/** "Nathan Lambert, “DeepSeek V3 and …”, Interconnects, 9 January 2025": what the page builds on, as words. */
export const basisNote = (): string =>
  `Builds on ${basisSources.map((key) => `${sources[key].author}, “${sources[key].title}”, ${sources[key].venue}`).join('; and ')}.`;

/** Braces and backslashes kept literal inside a BibTeX field; capitals kept by bracing the whole title. */
const bibText = (text: string): string => text.replace(/[\\{}]/g, (c) => `\\${c}`);

/** The citation as one BibTeX @misc entry. */
export function citationBibtex(c: Citation): string {
  const day = isoDay(c.date);
  const fields: [string, string][] = [
    ['title', `{${bibText(c.title)}}`],
    ['author', `{${bibText(c.author)}}`],
    ['year', day.slice(0, 4)],
    ['month', String(Number(day.slice(5, 7)))],
    ['date', day],
    ['url', c.url],
    ['howpublished', `\\url{${c.url}}`],
    ['note', bibText(basisNote())],
  ];
  return `@misc{deepseekv3cost${day.slice(0, 4)},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}\n`;
}

/** The citation as CSL-JSON: an array holding one item, for Zotero, Pandoc citeproc and reference managers. */
export function citationCsl(c: Citation): object[] {
  const [year, month, day] = isoDay(c.date).split('-').map(Number);
  return [
    {
      id: `deepseekv3cost${year}`,
      type: 'webpage',
      title: c.title,
      author: [{ literal: c.author }],
      issued: { 'date-parts': [[year, month, day]] },
      URL: c.url,
      note: basisNote(),
    },
  ];
}
