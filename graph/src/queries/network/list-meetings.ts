// Network meetings, filtered (place, kind, date range) and paged newest first (date, then id), with who
// attended. The filter set is closed, so the WHERE clause is chosen from fixed texts; values stay parameters.
import type { GraphEngine } from '../../engine.ts';
import type { Meeting, MeetingKind } from '../../model.ts';

export interface MeetingFilter {
  municipalityAgs?: string;
  kind?: MeetingKind;
  /** First day included (YYYY-MM-DD). */
  from?: string;
  /** Last day included (YYYY-MM-DD). */
  to?: string;
}

type Shape = { municipality: boolean; kind: boolean; from: boolean; to: boolean };

export function listMeetingsCypher(shape: Shape) {
  const conditions = [
    ...(shape.municipality ? ['m.ags = $municipalityAgs'] : []),
    ...(shape.kind ? ['e.kind = $kind'] : []),
    ...(shape.from ? ['e.date >= $from'] : []),
    ...(shape.to ? ['e.date <= $to'] : []),
  ];
  const match = `MATCH (e:Meeting)-[:HELD_IN]->(m:Municipality)${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
  return {
    total: `${match} RETURN count(e) AS total`,
    // Attendees of the page's meetings only: the page is cut first, then its attendees are collected.
    page: `${match}
WITH e, m ORDER BY e.date DESC, e.id SKIP $offset LIMIT $limit
OPTIONAL MATCH (g:Manager)-[:ATTENDED]->(e)
WITH e, m, collect(g.id) AS managerIds
OPTIONAL MATCH (o:Organization)-[:ATTENDED]->(e)
WITH e, m, managerIds, collect(o.id) AS organizationIds
RETURN e.id AS id, e.title AS title, e.kind AS kind, e.date AS date, m.ags AS municipalityAgs,
  managerIds, organizationIds
ORDER BY date DESC, id`,
  };
}

const SHAPES: Shape[] = [false, true].flatMap((municipality) =>
  [false, true].flatMap((kind) =>
    [false, true].flatMap((from) => [false, true].map((to) => ({ municipality, kind, from, to }))),
  ),
);
export const listMeetingsStatements = SHAPES.flatMap((shape) => Object.values(listMeetingsCypher(shape)));

/** Ids of a collected list, without the null of an unmatched OPTIONAL MATCH, sorted. */
const ids = (list: (string | null)[] | null) =>
  [...new Set((list ?? []).filter((id): id is string => typeof id === 'string'))].sort();

export async function listMeetings(
  engine: GraphEngine,
  filter: MeetingFilter & { limit: number; offset: number },
): Promise<{ total: number; items: Meeting[] }> {
  const shape: Shape = {
    municipality: Boolean(filter.municipalityAgs),
    kind: Boolean(filter.kind),
    from: Boolean(filter.from),
    to: Boolean(filter.to),
  };
  const params: Record<string, unknown> = {};
  if (shape.municipality) params.municipalityAgs = filter.municipalityAgs;
  if (shape.kind) params.kind = filter.kind;
  if (shape.from) params.from = filter.from;
  if (shape.to) params.to = filter.to;
  const texts = listMeetingsCypher(shape);
  const [count] = await engine.read<{ total: number }>(texts.total, params);
  const rows = await engine.read<{
    id: string;
    title: string;
    kind: MeetingKind;
    date: string;
    municipalityAgs: string;
    managerIds: (string | null)[] | null;
    organizationIds: (string | null)[] | null;
  }>(texts.page, { ...params, offset: filter.offset, limit: filter.limit });
  return {
    total: count?.total ?? 0,
    items: rows.map(({ managerIds, organizationIds, ...meeting }) => ({
      ...meeting,
      attendees: [
        ...ids(managerIds).map((id) => ({ label: 'Manager' as const, id })),
        ...ids(organizationIds).map((id) => ({ label: 'Organization' as const, id })),
      ],
    })),
  };
}
