/** Chart downloads, built ahead: /downloads/<slug>-<step-id>.svg, .png and .csv for every chart step. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl, sitePath } from '../../lib/urls';
import { downloadName, downloadTypes, stepDataCsv, stepPng, stepSvg, type DownloadKind } from '../../share/downloads';
import { getStepShares, type StepShare } from '../../share/step-shares';

export const prerender = true;

export const getStaticPaths = (async () => {
  const shares = await getStepShares();
  const kinds = Object.keys(downloadTypes) as DownloadKind[];
  return shares.flatMap((share) =>
    kinds.map((kind) => ({ params: { file: downloadName(share.section.slug, share.step, kind) }, props: { share, kind } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ share: StepShare; kind: DownloadKind }> = ({ props, site }) => {
  const { share, kind } = props;
  const address = absoluteUrl(sitePath(share.path), site);
  const body = kind === 'csv' ? stepDataCsv(share, address) : kind === 'svg' ? stepSvg(share, address) : stepPng(share, address);
  return new Response(body, { headers: { 'Content-Type': downloadTypes[kind] } });
};
