/** Social cards: a 1200×630 PNG per section (cards/<slug>.png) and one for the home page, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSections } from '../../content/sections';
import type { SectionData } from '../../content/schema';
import { cardPng } from '../../share/card-png';
import { HOME_CARD, homeCard, sectionCard } from '../../share/cards';

export const prerender = true;

export const getStaticPaths = (async () => {
  const sections = await getSections();
  return [
    ...sections.map((entry) => ({ params: { card: entry.data.slug }, props: { section: entry.data } })),
    { params: { card: HOME_CARD }, props: { section: undefined } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: SectionData | undefined }> = ({ props, site }) => {
  const host = site?.host ?? '';
  const content = props.section ? sectionCard(props.section, host) : homeCard(host);
  return new Response(cardPng(content), { headers: { 'Content-Type': 'image/png' } });
};
