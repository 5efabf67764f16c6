// One network meeting by id, with who attended (a report compares with "the network when it met").
import type { GraphEngine } from '../../engine.ts';
import type { Meeting, MeetingKind } from '../../model.ts';

export const getMeetingCypher = `MATCH (e:Meeting {id: $id})-[:HELD_IN]->(m:Municipality)
OPTIONAL MATCH (g:Manager)-[:ATTENDED]->(e)
WITH e, m, collect(g.id) AS managerIds
OPTIONAL MATCH (o:Organization)-[:ATTENDED]->(e)
WITH e, m, managerIds, collect(o.id) AS organizationIds
RETURN e.id AS id, e.title AS title, e.kind AS kind, e.date AS date, m.ags AS municipalityAgs,
  managerIds, organizationIds`;

const ids = (list: (string | null)[] | null) =>
  [...new Set((list ?? []).filter((id): id is string => typeof id === 'string'))].sort();

/** The meeting with this id, or null. */
export async function getMeeting(engine: GraphEngine, id: string): Promise<Meeting | null> {
  const [row] = await engine.read<{
    id: string;
    title: string;
    kind: MeetingKind;
    date: string;
    municipalityAgs: string;
    managerIds: (string | null)[] | null;
    organizationIds: (string | null)[] | null;
  }>(getMeetingCypher, { id });
  if (!row) return null;
  const { managerIds, organizationIds, ...meeting } = row;
  return {
    ...meeting,
    attendees: [
      ...ids(managerIds).map((managerId) => ({ label: 'Manager' as const, id: managerId })),
      ...ids(organizationIds).map((organizationId) => ({
        label: 'Organization' as const,
        id: organizationId,
      })),
    ],
  };
}
