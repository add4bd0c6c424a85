/** Step cards: a 1200×630 PNG per chart step, cards/<slug>/<step>-<hash>.png, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { stepCardFile } from '../../../share/cards';
import { cardFileName, type CardFile } from '../../../share/card-files';
import { getStepShares } from '../../../share/step-shares';

export const prerender = true;

export const getStaticPaths = (async () => {
  const shares = await getStepShares();
  return shares.map(({ section, step }) => {
    const file = stepCardFile(section, step);
    return { params: { slug: section.slug, card: cardFileName(file) }, props: { file } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: CardFile }> = ({ props }) => new Response(props.file.png, { headers: { 'Content-Type': 'image/png' } });
