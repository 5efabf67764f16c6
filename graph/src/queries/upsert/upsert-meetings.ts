// Batch upsert of network meetings with place and attendees (managers and organisations).
import type { GraphEngine } from '../../engine.ts';
import { meetingSchema, type Meeting, type MeetingInput } from '../../model.ts';
import { upsertNodes, type UpsertReport, type UpsertSpec } from './upsert-nodes.ts';

export const meetingUpsert: UpsertSpec<Meeting> = {
  label: 'Meeting',
  schema: meetingSchema,
  toProperties: ({ municipalityAgs: _ags, attendees: _attendees, ...properties }) => properties,
  links: [
    {
      type: 'HELD_IN',
      direction: 'out',
      target: 'Municipality',
      field: 'municipalityAgs',
      keys: (m) => [m.municipalityAgs],
    },
    {
      type: 'ATTENDED',
      direction: 'in',
      target: 'Manager',
      field: 'attendees',
      keys: (m) => [...new Set(m.attendees.filter((a) => a.label === 'Manager').map((a) => a.id))],
    },
    {
      type: 'ATTENDED',
      direction: 'in',
      target: 'Organization',
      field: 'attendees',
      keys: (m) => [...new Set(m.attendees.filter((a) => a.label === 'Organization').map((a) => a.id))],
    },
  ],
};

export const recordMeetings = (engine: GraphEngine, rows: MeetingInput[]): Promise<UpsertReport> =>
  upsertNodes(engine, meetingUpsert, rows);
