/** Social cards: a 1200×630 PNG per section (cards/<slug>-<hash>.png) and one for the home page, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSections } from '../../sections/sections';
import { cardFileName, type CardFile } from '../../share/card-files';
import { homeCardFile, sectionCardFile } from '../../share/cards';

export const prerender = true;

export const getStaticPaths = (async () => {
  const sections = await getSections();
  return [...sections.map((entry) => sectionCardFile(entry.data)), homeCardFile()].map((file) => ({
    params: { card: cardFileName(file) },
    props: { file },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: CardFile }> = ({ props }) => new Response(props.file.png, { headers: { 'Content-Type': 'image/png' } });
