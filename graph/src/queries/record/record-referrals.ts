// Record referrals (Weiterleitungen) of a client to a service.
import type { GraphEngine } from '../../engine.ts';
import { referralSchema, type Referral, type ReferralInput } from '../../model.ts';
import { recordEvents, type EventSpec, type RecordReport } from './record-events.ts';

export const referralEvent: EventSpec<Referral> = {
  type: 'REFERRED_TO',
  schema: referralSchema,
  endpoints: (r) => ({ fromLabel: 'Client', fromId: r.clientId, toLabel: 'Service', toId: r.serviceId }),
  toProperties: (r) => ({
    id: r.id,
    at: r.at,
    need: r.need,
    status: r.status,
    statusAt: r.statusAt,
    reason: r.reason,
    outcome: r.outcome,
    by: r.by,
    consentAt: r.consentAt,
  }),
  fromField: 'clientId',
  toField: 'serviceId',
};

export const recordReferrals = (engine: GraphEngine, rows: ReferralInput[]): Promise<RecordReport> =>
  recordEvents(engine, referralEvent, rows);
