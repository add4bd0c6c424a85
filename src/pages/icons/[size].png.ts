/** The install icons (icons/192.png, icons/512.png) named by the web app manifest. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { iconPng, iconSizes } from '../../offline/icons';

export const prerender = true;

export const getStaticPaths = (() => iconSizes.map((size) => ({ params: { size: String(size) }, props: { size } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number }> = ({ props }) => new Response(iconPng(props.size), { headers: { 'Content-Type': 'image/png' } });
