// Recording the helper network: contacts (coordinators; managers as themselves) and meetings with
// their attendees (coordinators).
import { randomUUID } from 'node:crypto';
import {
  listManagers,
  listMeetings,
  type MeetingFilter,
  recordContacts,
  recordMeetings,
  type Contact,
  type GraphEngine,
  type ManagerRow,
  type Meeting,
} from '@lotse/graph';
import { authorize, type Viewer } from '../auth/authorize.ts';
import { asField, deniedError } from '../errors.ts';
import type { SignalCache } from './signal-cache.ts';

export interface NetworkService {
  recordContact(input: Omit<Contact, 'id'>): Promise<Contact>;
  recordMeeting(input: Omit<Meeting, 'id'>): Promise<Meeting>;
  /** Integration managers, optionally those covering one municipality (logged-in users only). */
  managers(municipalityAgs?: string): Promise<ManagerRow[]>;
  /** Network meetings with attendees, newest first (logged-in users only; no client data in them). */
  meetings(
    filter: MeetingFilter,
    page: { limit: number; offset: number },
  ): Promise<{ total: number; items: Meeting[]; offset: number }>;
}

function refuse(code: 'UNAUTHENTICATED' | 'FORBIDDEN', message: string): never {
  throw deniedError(code, message);
}

export function createNetworkService(
  engine: GraphEngine,
  viewer: Viewer,
  signals?: SignalCache,
): NetworkService {
  return {
    async managers(municipalityAgs) {
      const decision = authorize(viewer, 'network.read');
      if (!decision.allowed) refuse(decision.code, 'Kein Zugriff / no access');
      const managers = await listManagers(engine);
      return municipalityAgs ? managers.filter((m) => m.coversAgs.includes(municipalityAgs)) : managers;
    },
    async meetings(filter, page) {
      const decision = authorize(viewer, 'network.read');
      if (!decision.allowed) refuse(decision.code, 'Kein Zugriff / no access');
      return { ...(await listMeetings(engine, { ...filter, ...page })), offset: page.offset };
    },
    async recordContact(input) {
      const managerIds = input.fromLabel === 'Manager' ? [input.fromId] : ['(an organisation)'];
      const decision = authorize(viewer, 'contact.record', { managerIds });
      if (!decision.allowed)
        refuse(
          decision.code,
          'Integrationsmanager halten nur eigene Kontakte fest / managers record only their own contacts',
        );
      const contact: Contact = { ...input, id: randomUUID() };
      await asField('input', () => recordContacts(engine, [contact]));
      // The manager's own contacts show in their next suggestion.
      for (const side of [
        contact.fromLabel === 'Manager' ? contact.fromId : null,
        contact.toLabel === 'Manager' ? contact.toId : null,
      ])
        if (side) signals?.forget(side);
      return contact;
    },
    async recordMeeting(input) {
      const decision = authorize(viewer, 'network.write');
      if (!decision.allowed)
        refuse(
          decision.code,
          'Nur die Koordination hält Netzwerktreffen fest / only coordinators record meetings',
        );
      const meeting: Meeting = { ...input, id: randomUUID() };
      await asField('input', () => recordMeetings(engine, [meeting]));
      return meeting;
    },
  };
}
