// Record professional contacts (Kontakt / Vernetzungsgespräch) between managers and organisations.
import type { GraphEngine } from '../../engine.ts';
import { contactSchema, type Contact, type ContactInput } from '../../model.ts';
import { recordEvents, type EventSpec, type RecordReport } from './record-events.ts';

export const contactEvent: EventSpec<Contact> = {
  type: 'CONTACT',
  schema: contactSchema,
  endpoints: (c) => ({ fromLabel: c.fromLabel, fromId: c.fromId, toLabel: c.toLabel, toId: c.toId }),
  toProperties: (c) => ({ id: c.id, at: c.at, channel: c.channel, topic: c.topic }),
  fromField: 'fromId',
  toField: 'toId',
};

export const recordContacts = (engine: GraphEngine, rows: ContactInput[]): Promise<RecordReport> =>
  recordEvents(engine, contactEvent, rows);
