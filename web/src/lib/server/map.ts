// The map's tile server, from the environment: LOTSE_TILE_URL (a {z}/{x}/{y} template, or "none" for
// no tiles at all) and LOTSE_TILE_ATTRIBUTION. The content security policy admits exactly that host.
import { env } from '$env/dynamic/private';
import type { MapTiles } from '$lib/map';

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-Mitwirkende';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The configured tile server, or null when the map is to go without tiles. */
export function mapTiles(): MapTiles | null {
  const url = (env.LOTSE_TILE_URL ?? '').trim() || DEFAULT_TILE_URL;
  if (url === 'none' || !tileOrigin(url)) return null;
  const attribution = (env.LOTSE_TILE_ATTRIBUTION ?? '').trim();
  // Leaflet shows the attribution as HTML: our own text is trusted, a configured one is shown as text.
  return { url, attribution: attribution ? escapeHtml(attribution) : OSM_ATTRIBUTION };
}

/**
 * The CSP source of a tile URL template: scheme and host, with a {s} subdomain as a wildcard
 * (https://{s}.tile.example.org/… → https://*.tile.example.org). Null for anything else.
 */
export function tileOrigin(url: string): string | null {
  const match = /^(https?):\/\/([^/?#]+)\//.exec(url);
  if (!match) return null;
  const host = match[2]!.replace('{s}', '*');
  return /^[\w.*:[\]-]+$/.test(host) ? `${match[1]}://${host}` : null;
}
