// Record consultations (Beratungsgespräche) of a manager with a client.
import type { GraphEngine } from '../../engine.ts';
import { consultationSchema, type Consultation, type ConsultationInput } from '../../model.ts';
import { recordEvents, type EventSpec, type RecordReport } from './record-events.ts';

export const consultationEvent: EventSpec<Consultation> = {
  type: 'COUNSELLED',
  schema: consultationSchema,
  endpoints: (c) => ({ fromLabel: 'Manager', fromId: c.managerId, toLabel: 'Client', toId: c.clientId }),
  toProperties: (c) => ({ id: c.id, at: c.at, topics: c.topics, household: c.household }),
  fromField: 'managerId',
  toField: 'clientId',
};

export const recordConsultations = (engine: GraphEngine, rows: ConsultationInput[]): Promise<RecordReport> =>
  recordEvents(engine, consultationEvent, rows);
