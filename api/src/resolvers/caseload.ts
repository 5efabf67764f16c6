// Mutations of a manager's caseload and the client's referrals, consultations and goals.
// Resolvers stay thin: parse with zod (field paths as the client sent them), call the service, return.
import { z } from 'zod';
import {
  CONSULTATION_TOPICS,
  DECLINE_REASONS,
  GOAL_AREAS,
  GOAL_STATUSES,
  GOAL_TEXT_MAX,
  NEED_CATEGORIES,
  REFERRAL_OUTCOMES,
  REFERRAL_STATUSES,
  clientSchema,
  idSchema as id,
  type Client,
} from '@lotse/graph';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { NotFoundError } from '../errors.ts';
import { parseArgs, withoutNulls } from './validate.ts';

/** GraphQL hands CEFR levels over in lower case (enum internal values); the model keeps them upper case. */
const germanLevel = z
  .enum(['none', 'a1', 'a2', 'b1', 'b2', 'c1', 'c2'])
  .transform((level) => (level === 'none' ? 'none' : (level.toUpperCase() as Client['germanLevel'])));

/** A null birth year means "unknown" and is kept; other nulls mean "not given". */
const givenFields = (value: unknown) => withoutNulls(value, ['birthYear']);

const clientFields = clientSchema
  .pick({
    caseCode: true,
    municipalityAgs: true,
    household: true,
    householdSize: true,
    minors: true,
    languages: true,
    residenceStatus: true,
    needs: true,
    employmentStatus: true,
    birthYear: true,
    gender: true,
    openedOn: true,
  })
  .extend({ germanLevel: germanLevel.default('none') });

const minorsFit = (c: { householdSize?: number | undefined; minors?: number | undefined }) =>
  c.householdSize === undefined || c.minors === undefined || c.minors < c.householdSize;
const minorsMessage = {
  path: ['minors'],
  message: 'mehr Minderjährige als Personen im Haushalt / more minors than household members',
};

const createArgs = z.strictObject({
  input: z.preprocess(givenFields, clientFields.refine(minorsFit, minorsMessage)),
});
const updateArgs = z.strictObject({
  id,
  patch: z.preprocess(
    givenFields,
    clientFields
      .omit({ openedOn: true, germanLevel: true })
      .extend({ germanLevel: germanLevel.optional() })
      .partial()
      .refine(minorsFit, minorsMessage),
  ),
});
const closeArgs = z.strictObject({
  id,
  input: z.strictObject({
    closedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum als JJJJ-MM-TT / date as YYYY-MM-DD'),
    outcome: z.string().trim().min(1, 'darf nicht leer sein / must not be empty').max(100),
  }),
});
const referralArgs = z.strictObject({
  input: z.strictObject({
    clientId: id,
    serviceId: id,
    need: z.enum(NEED_CATEGORIES),
    status: z.enum(REFERRAL_STATUSES).nullish(),
    consent: z.boolean(),
  }),
});
const moveArgs = z.strictObject({
  id,
  move: z.strictObject({
    status: z.enum(REFERRAL_STATUSES),
    reason: z.enum(DECLINE_REASONS).nullish(),
    outcome: z.enum(REFERRAL_OUTCOMES).nullish(),
  }),
});
const consultationArgs = z.strictObject({
  input: z.strictObject({
    clientId: id,
    at: z.number().int().nonnegative(),
    topics: z.array(z.enum(CONSULTATION_TOPICS)).min(1, 'mindestens ein Thema / at least one topic').max(6),
  }),
});

const goalText = z
  .string()
  .trim()
  .min(1, 'darf nicht leer sein / must not be empty')
  .max(GOAL_TEXT_MAX, `höchstens ${GOAL_TEXT_MAX} Zeichen / at most ${GOAL_TEXT_MAX} characters`);
const goalArgs = z.strictObject({
  clientId: id,
  input: z.strictObject({
    area: z.enum(GOAL_AREAS),
    text: goalText,
    dueOn: z.string().nullish(),
  }),
});
/** A null due date removes it; other nulls mean "not given". */
const givenGoalFields = (value: unknown) => withoutNulls(value, ['dueOn']);
const updateGoalArgs = z.strictObject({
  clientId: id,
  goalId: id,
  patch: z.preprocess(
    givenGoalFields,
    z
      .strictObject({
        area: z.enum(GOAL_AREAS).optional(),
        text: goalText.optional(),
        dueOn: z.string().nullable().optional(),
        status: z.enum(GOAL_STATUSES).optional(),
      })
      .refine((patch) => Object.keys(patch).length > 0, 'nichts zu ändern / nothing to change'),
  ),
});

export const caseloadResolvers: Resolvers = {
  Mutation: {
    async createClient(_parent, args, ctx) {
      const { input } = parseArgs(createArgs, args);
      const created = await ctx.caseload.create(input);
      return ctx.clients.get(created);
    },
    async updateClient(_parent, args, ctx) {
      const { id: clientId, patch } = parseArgs(updateArgs, args);
      // Defaults of the model must not fill in what the caller did not send.
      const sent = new Set(Object.keys(givenFields(args.patch)));
      const changes = Object.fromEntries(Object.entries(patch).filter(([key]) => sent.has(key)));
      await ctx.caseload.update(clientId, changes);
      return ctx.clients.get(clientId);
    },
    async closeCase(_parent, args, ctx) {
      const { id: clientId, input } = parseArgs(closeArgs, args);
      await ctx.caseload.close(clientId, input);
      return ctx.clients.get(clientId);
    },
    recordReferral(_parent, args, ctx) {
      const { input } = parseArgs(referralArgs, args);
      return ctx.caseload.recordReferral({ ...input, status: input.status ?? 'sent' });
    },
    moveReferral(_parent, args, ctx) {
      const { id: referralId, move } = parseArgs(moveArgs, args);
      return ctx.caseload.moveReferral(referralId, move);
    },
    recordConsultation(_parent, args, ctx) {
      return ctx.caseload.recordConsultation(parseArgs(consultationArgs, args).input);
    },
    addGoal(_parent, args, ctx) {
      const { clientId, input } = parseArgs(goalArgs, args);
      return ctx.caseload.addGoal(clientId, input);
    },
    updateGoal(_parent, args, ctx) {
      const { clientId, goalId, patch } = parseArgs(updateGoalArgs, args);
      return ctx.caseload.updateGoal(clientId, goalId, patch);
    },
  },
  Client: {
    referrals: (client, _args, ctx) => ctx.caseload.referrals(client.id),
    consultations: (client, _args, ctx) => ctx.caseload.consultations(client.id),
    goals: (client, _args, ctx) => ctx.caseload.goals(client.id),
  },
  Referral: {
    async service(referral, _args, ctx) {
      const service = await ctx.loaders.service.load(referral.serviceId);
      if (!service) throw new NotFoundError('Angebot / service', referral.serviceId);
      return service;
    },
  },
};
