// Changes to a manager's caseload: cases, referrals, consultations and integration-plan goals. Every call authorises through
// `authorize`, writes one audit event (allowed or denied), and validates before anything is stored.
import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import {
  addGoal,
  berlinDay,
  caseCodeTaken,
  changeGoal,
  clientSchema,
  consultationsOfClient,
  getGoal,
  goalSchema,
  goalsOfClient,
  getClient,
  getReferral,
  getServices,
  moveReferral,
  recordConsultations,
  recordReferrals,
  referralsOfClients,
  upsertClients,
  REFERRAL_TRANSITIONS,
  type Client,
  type Consultation,
  type Goal,
  type GraphEngine,
  type Referral,
  type ReferralStatus,
} from '@lotse/graph';
import { authorize, type Action, type Viewer } from '../auth/authorize.ts';
import { AppError, InvalidInputError, NotFoundError, asField, parseOrThrow } from '../errors.ts';
import type { AuditTrail } from './audit.ts';
import { caseDenied, guardCase as guardOneCase } from './clients.ts';

/** A referral as the API hands it on: the stored relationship with its two ends, '' as null. */
export interface ReferralView extends Omit<Referral, 'reason' | 'outcome'> {
  clientId: string;
  serviceId: string;
  reason: Exclude<Referral['reason'], ''> | null;
  outcome: Exclude<Referral['outcome'], ''> | null;
  nextStatuses: ReferralStatus[];
}

export type NewClient = Omit<
  Client,
  'id' | 'managerId' | 'caseStatus' | 'closedOn' | 'closureOutcome' | 'isDemo'
>;
export type ClientChanges = Partial<Omit<NewClient, 'openedOn'>>;
export type NewGoal = Pick<Goal, 'area' | 'text'> & { dueOn?: string | null | undefined };
/** Absent fields stay; `dueOn: null` removes the due date. */
export type GoalChanges = Partial<Pick<Goal, 'area' | 'text' | 'dueOn' | 'status'>>;

export interface CaseloadService {
  create(input: NewClient): Promise<string>;
  update(id: string, patch: ClientChanges): Promise<void>;
  close(id: string, input: { closedOn: string; outcome: string }): Promise<void>;
  referrals(clientId: string): Promise<ReferralView[]>;
  consultations(clientId: string): Promise<Consultation[]>;
  recordReferral(input: {
    clientId: string;
    serviceId: string;
    need: Referral['need'];
    status: ReferralStatus;
    consent: boolean;
  }): Promise<ReferralView>;
  moveReferral(
    id: string,
    move: {
      status: ReferralStatus;
      reason?: Referral['reason'] | null;
      outcome?: Referral['outcome'] | null;
    },
  ): Promise<ReferralView>;
  recordConsultation(input: {
    clientId: string;
    at: number;
    topics: Consultation['topics'];
  }): Promise<Consultation>;
  goals(clientId: string): Promise<Goal[]>;
  addGoal(clientId: string, input: NewGoal): Promise<Goal>;
  updateGoal(clientId: string, goalId: string, patch: GoalChanges): Promise<Goal>;
}

export function createCaseloadService(
  engine: GraphEngine,
  viewer: Viewer,
  audit: AuditTrail,
): CaseloadService {
  const guardCase = (action: Action, operation: string, clientId: string) =>
    guardOneCase(engine, viewer, audit, action, operation, clientId);

  // A caseload page asks for the referrals of 20 cases: one read for all of them.
  const referralLoader = new DataLoader(async (ids: readonly string[]) => {
    const byClient = await referralsOfClients(engine, [...ids]);
    return ids.map((id) => byClient.get(id) ?? []);
  });

  /** The stored case, read without a second audit event (the caller's guard has written one). */
  async function stored(id: string): Promise<Client> {
    const client = await getClient(engine, id);
    if (!client) throw new NotFoundError('Fall / case', id);
    return client;
  }

  async function assertCaseCodeFree(caseCode: string, id: string, field: string) {
    if (await caseCodeTaken(engine, caseCode, id))
      throw new AppError(
        'CONFLICT',
        `Fallcode ${caseCode} ist schon vergeben / case code ${caseCode} is taken`,
        {
          field,
        },
      );
  }

  async function save(client: Client, fieldPrefix: string) {
    const row = parseOrThrow(clientSchema, client, fieldPrefix);
    await asField(fieldPrefix, () => upsertClients(engine, [row]));
  }

  /** A closed case is history: its plan stays as it was when the case ended. */
  function assertOpen(client: Client, field: string) {
    if (client.caseStatus === 'closed')
      throw new AppError(
        'CONFLICT',
        `Der Fall ist seit ${client.closedOn} abgeschlossen / the case was closed on ${client.closedOn}`,
        { field, currentStatus: 'CLOSED' },
      );
  }

  const view = (r: Referral & { clientId: string; serviceId: string }): ReferralView => ({
    ...r,
    reason: r.reason || null,
    outcome: r.outcome || null,
    nextStatuses: [...REFERRAL_TRANSITIONS[r.status]],
  });

  return {
    async create(input) {
      const id = randomUUID();
      const role = authorize(viewer, 'client.create');
      const managerId = viewer.kind === 'account' ? viewer.managerId : null;
      if (!role.allowed || !managerId) {
        await audit.record('client.create', [], false);
        throw caseDenied(role.allowed ? 'FORBIDDEN' : role.code);
      }
      await assertCaseCodeFree(input.caseCode, id, 'input.caseCode');
      await save(
        { ...input, id, managerId, caseStatus: 'open', closedOn: null, closureOutcome: '', isDemo: false },
        'input',
      );
      await audit.record('client.create', [id], true);
      return id;
    },
    async update(id, patch) {
      await guardCase('client.update', 'client.update', id);
      const current = await stored(id);
      if (patch.caseCode !== undefined) await assertCaseCodeFree(patch.caseCode, id, 'patch.caseCode');
      await save({ ...current, ...patch }, 'patch');
    },
    async close(id, input) {
      await guardCase('client.update', 'client.close', id);
      const current = await stored(id);
      if (current.caseStatus === 'closed')
        throw new AppError('CONFLICT', 'Der Fall ist schon abgeschlossen / the case is closed already', {
          field: 'id',
          currentStatus: 'CLOSED',
        });
      if (input.closedOn < current.openedOn)
        throw new InvalidInputError([
          {
            field: 'input.closedOn',
            message: `vor der Eröffnung am ${current.openedOn} / before the case was opened on ${current.openedOn}`,
          },
        ]);
      await save(
        {
          ...current,
          caseStatus: 'closed',
          closedOn: input.closedOn,
          closureOutcome: input.outcome,
        },
        'input',
      );
    },
    async referrals(clientId) {
      return (await referralLoader.load(clientId)).map(view);
    },
    async consultations(clientId) {
      return consultationsOfClient(engine, clientId);
    },
    async recordReferral(input) {
      await guardCase('client.update', 'referral.record', input.clientId);
      if (!input.consent)
        throw new InvalidInputError([
          {
            field: 'input.consent',
            message:
              'Ohne Einwilligung der Klientin / des Klienten wird nicht weitergeleitet / no referral without the client’s consent',
          },
        ]);
      if (input.status !== 'planned' && input.status !== 'sent')
        throw new InvalidInputError([
          {
            field: 'input.status',
            message: 'Neue Weiterleitungen sind PLANNED oder SENT / new referrals are PLANNED or SENT',
          },
        ]);
      if (!(await getServices(engine, [input.serviceId])).has(input.serviceId))
        throw new InvalidInputError([
          {
            field: 'input.serviceId',
            message: `Angebot nicht gefunden / service not found: ${input.serviceId}`,
          },
        ]);
      const now = Date.now();
      const id = randomUUID();
      await recordReferrals(engine, [
        {
          id,
          clientId: input.clientId,
          serviceId: input.serviceId,
          at: now,
          statusAt: now,
          need: input.need,
          status: input.status,
          by: viewer.kind === 'account' ? (viewer.managerId ?? viewer.username) : 'unknown',
          consentAt: now,
        },
      ]);
      const recorded = await getReferral(engine, id);
      if (!recorded) throw new Error(`referral ${id} recorded but not found`);
      return view(recorded);
    },
    async moveReferral(id, move) {
      const current = await getReferral(engine, id);
      if (!current) throw new NotFoundError('Weiterleitung / referral', id);
      await guardCase('client.update', 'referral.move', current.clientId);
      const allowed = REFERRAL_TRANSITIONS[current.status];
      const upper = (s: string) => s.toUpperCase();
      if (!allowed.includes(move.status))
        throw new InvalidInputError([
          {
            field: 'move.status',
            message: `Von ${upper(current.status)} geht es nur nach ${allowed.map(upper).join(', ') || '– (abgeschlossen)'} / from ${upper(current.status)} only to ${allowed.map(upper).join(', ') || '– (final)'}`,
          },
        ]);
      const reason = move.status === 'declined' ? (move.reason ?? '') : '';
      const outcome = move.status === 'closed' ? (move.outcome ?? '') : '';
      if (move.status === 'declined' && !reason)
        throw new InvalidInputError([
          { field: 'move.reason', message: 'Grund der Ablehnung fehlt / reason missing' },
        ]);
      if (move.status === 'closed' && !outcome)
        throw new InvalidInputError([{ field: 'move.outcome', message: 'Ergebnis fehlt / outcome missing' }]);
      const moved = await moveReferral(engine, {
        id,
        expected: current.status,
        status: move.status,
        statusAt: Math.max(Date.now(), current.statusAt),
        reason,
        outcome,
      });
      if (!moved)
        throw new AppError(
          'CONFLICT',
          'Die Weiterleitung wurde gerade anders geändert; bitte neu laden / the referral was just changed; reload',
          { field: 'id' },
        );
      const after = await getReferral(engine, id);
      if (!after) throw new Error(`referral ${id} moved but not found`);
      return view(after);
    },
    async recordConsultation(input) {
      await guardCase('client.update', 'consultation.record', input.clientId);
      const client = await stored(input.clientId);
      if (input.at > Date.now() + 86_400_000)
        throw new InvalidInputError([
          { field: 'input.at', message: 'liegt in der Zukunft / lies in the future' },
        ]);
      if (client.caseStatus === 'closed' && client.closedOn && berlinDay(input.at).date > client.closedOn)
        throw new InvalidInputError([
          {
            field: 'input.at',
            message: `nach dem Abschluss des Falls am ${client.closedOn} / after the case was closed on ${client.closedOn}`,
          },
        ]);
      const managerId = viewer.kind === 'account' && viewer.managerId ? viewer.managerId : client.managerId;
      const consultation: Consultation = {
        id: randomUUID(),
        managerId,
        clientId: input.clientId,
        at: input.at,
        topics: input.topics,
        household: client.household,
      };
      await recordConsultations(engine, [consultation]);
      return consultation;
    },
    async goals(clientId) {
      return goalsOfClient(engine, clientId);
    },
    async addGoal(clientId, input) {
      await guardCase('client.update', 'goal.add', clientId);
      assertOpen(await stored(clientId), 'clientId');
      const now = Date.now();
      const goal = parseOrThrow(
        goalSchema,
        { ...input, id: randomUUID(), clientId, status: 'open', createdAt: now, updatedAt: now },
        'input',
      );
      await asField('input', () => addGoal(engine, goal));
      return goal;
    },
    async updateGoal(clientId, goalId, patch) {
      await guardCase('client.update', 'goal.update', clientId);
      assertOpen(await stored(clientId), 'clientId');
      const current = await getGoal(engine, clientId, goalId);
      if (!current) throw new NotFoundError('Ziel / goal', goalId);
      const changed = parseOrThrow(
        goalSchema,
        { ...current, ...patch, updatedAt: Math.max(Date.now(), current.updatedAt + 1) },
        'patch',
      );
      if (!(await changeGoal(engine, changed, current.updatedAt)))
        throw new AppError(
          'CONFLICT',
          'Das Ziel wurde gerade anders geändert; bitte neu laden / the goal was just changed; reload',
          { field: 'goalId' },
        );
      return changed;
    },
  };
}
