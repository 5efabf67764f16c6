// Contacts, meetings and the network map: parse with zod or the model's schemas (field paths as sent),
// call the service.
import { z } from 'zod';
import {
  agsSchema,
  contactSchema,
  idSchema,
  MEETING_KINDS,
  meetingSchema,
  ORGANIZATION_KINDS,
  type Contact,
  type Meeting,
} from '@lotse/graph';
import type { ActorLabel, Resolvers } from '../__generated__/resolvers-types.ts';
import { NotFoundError, parseOrThrow } from '../errors.ts';
import type { ApiContext } from '../context.ts';
import { MAX_PERIOD_DAYS, type NetworkMapScope } from '../services/network-map.ts';
import { afterCursor, pageSize, toConnection } from './connection.ts';
import { parseArgs, withoutNulls } from './validate.ts';

/** GraphQL actor labels are lower case inside (enum internal values); the model's are capitalised. */
const modelLabel = (label: string) =>
  label === 'manager' ? 'Manager' : label === 'organization' ? 'Organization' : label;
const graphqlLabel = (label: 'Manager' | 'Organization'): ActorLabel =>
  label === 'Manager' ? 'manager' : 'organization';

const actorRef = z.strictObject({ label: z.string(), id: z.string() });
const contactArgs = z.strictObject({
  input: z.strictObject({
    from: actorRef,
    to: actorRef,
    at: z.number(),
    channel: z.string(),
    topic: z.string().nullish(),
  }),
});
const meetingArgs = z.strictObject({
  input: z.strictObject({
    title: z.string(),
    kind: z.string(),
    date: z.string(),
    municipalityAgs: z.string(),
    attendees: z.array(actorRef).nullish(),
  }),
});

const contactView = (c: Contact) => ({
  id: c.id,
  from: { label: graphqlLabel(c.fromLabel), id: c.fromId },
  to: { label: graphqlLabel(c.toLabel), id: c.toId },
  at: c.at,
  channel: c.channel,
  topic: c.topic,
});

/** A stored meeting as GraphQL's Meeting (its municipality from the directory). */
export async function meetingView(m: Meeting, ctx: ApiContext) {
  const municipality = await ctx.directory.getMunicipality(m.municipalityAgs);
  if (!municipality) throw new Error(`municipality ${m.municipalityAgs} of a meeting not found`);
  return {
    id: m.id,
    title: m.title,
    kind: m.kind,
    date: m.date,
    municipality,
    attendees: m.attendees.map((a) => ({ label: graphqlLabel(a.label), id: a.id })),
  };
}

const managersArgs = z.strictObject({
  municipalityAgs: agsSchema.nullish(),
});

const meetingsArgs = z
  .strictObject({
    municipalityAgs: managersArgs.shape.municipalityAgs,
    kind: z.enum(MEETING_KINDS).nullish(),
    // Days as the Date scalar checked them (YYYY-MM-DD), so they compare as text.
    from: z.string().nullish(),
    to: z.string().nullish(),
    first: pageSize(100),
    after: afterCursor.nullish(),
  })
  .refine((a) => !a.from || !a.to || a.from <= a.to, {
    message: '„von“ liegt nach „bis“ / from is after to',
    path: ['from'],
  });

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Days as the Date scalar checked them (YYYY-MM-DD); from ≤ to, at most MAX_PERIOD_DAYS. */
// The Date scalar checks the shape only; 2019-02-30 would silently become 2 March.
const calendarDay = z.string().refine((iso) => new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso), {
  message: 'kein Kalendertag / not a calendar day',
});
const periodSchema = z
  .strictObject({ from: calendarDay, to: calendarDay })
  .refine((p) => p.from <= p.to, { message: '„von“ liegt nach „bis“ / from is after to', path: ['from'] })
  .refine((p) => p.from > p.to || dayNumber(p.to) - dayNumber(p.from) < MAX_PERIOD_DAYS, {
    message: `höchstens ${MAX_PERIOD_DAYS} Tage / at most ${MAX_PERIOD_DAYS} days`,
    path: ['to'],
  });

const actorRefArgs = z.strictObject({ label: z.enum(['manager', 'organization']), id: idSchema });

const scopeSchema = z
  .strictObject({
    municipalityAgs: z.array(agsSchema).min(1).max(20).nullish(),
    district: z.boolean().nullish(),
    ego: actorRefArgs.nullish(),
    steps: z.number().int().min(1).max(2).nullish(),
  })
  .superRefine((scope, ctx) => {
    const given = [scope.municipalityAgs != null, scope.district === true, scope.ego != null];
    if (given.filter(Boolean).length !== 1)
      ctx.addIssue({
        code: 'custom',
        message:
          'genau eines von municipalityAgs, district oder ego angeben / give exactly one of municipalityAgs, district or ego',
        path: [],
      });
    else if (!scope.ego && scope.steps != null && scope.steps !== 1)
      ctx.addIssue({
        code: 'custom',
        message: 'Schritte nur mit ego / steps only with ego',
        path: ['steps'],
      });
  });

const networkArgs = z.strictObject({
  scope: scopeSchema,
  period: periodSchema,
  kinds: z.array(z.enum([...ORGANIZATION_KINDS, 'manager'])).nullish(),
});

const networkActorArgs = actorRefArgs;
const contactsByMonthArgs = z.strictObject({ period: periodSchema });
const mergeArgs = z.strictObject({ keepId: idSchema, mergeId: idSchema, apply: z.boolean() });

function mapScope(scope: z.output<typeof scopeSchema>): NetworkMapScope {
  if (scope.ego)
    return {
      ego: { label: modelLabel(scope.ego.label) as 'Manager' | 'Organization', id: scope.ego.id },
      steps: scope.steps === 2 ? 2 : 1,
    };
  if (scope.municipalityAgs) return { municipalityAgs: [...new Set(scope.municipalityAgs)].sort() };
  return { district: true };
}

export const networkResolvers: Resolvers = {
  Query: {
    async network(_parent, args, ctx) {
      const { scope, period, kinds } = parseArgs(networkArgs, args);
      return ctx.networkMap.network({ scope: mapScope(scope), period, kinds: kinds ?? null });
    },
    async networkActor(_parent, args, ctx) {
      const { label, id } = parseArgs(networkActorArgs, args);
      return ctx.networkMap.actor({ label: modelLabel(label) as 'Manager' | 'Organization', id });
    },
    async meetings(_parent, args, ctx) {
      const { first, after, municipalityAgs, kind, from, to } = parseArgs(meetingsArgs, args);
      const page = await ctx.network.meetings(
        {
          ...(municipalityAgs ? { municipalityAgs } : {}),
          ...(kind ? { kind } : {}),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
        },
        { limit: first, offset: after ?? 0 },
      );
      return toConnection({
        ...page,
        items: await Promise.all(page.items.map((meeting) => meetingView(meeting, ctx))),
      });
    },
    async managers(_parent, args, ctx) {
      const { municipalityAgs } = parseArgs(managersArgs, args);
      return ctx.network.managers(municipalityAgs ?? undefined);
    },
  },
  Manager: {
    async employer(manager, _args, ctx) {
      const organization = await ctx.directory.getOrganization(manager.organizationId);
      if (!organization) throw new NotFoundError('Organisation / organization', manager.organizationId);
      return organization;
    },
    async covers(manager, _args, ctx) {
      const municipalities = await Promise.all(
        manager.coversAgs.map((ags) => ctx.directory.getMunicipality(ags)),
      );
      return municipalities.filter((m) => m !== null);
    },
  },
  NetworkActor: {
    async contactsByMonth(actor, args, ctx) {
      const { period } = parseArgs(contactsByMonthArgs, args);
      return ctx.networkMap.contactsByMonth(
        { label: modelLabel(actor.label) as 'Manager' | 'Organization', id: actor.id },
        period,
      );
    },
  },
  Mutation: {
    async mergeOrganizations(_parent, args, ctx) {
      const { keepId, mergeId, apply } = parseArgs(mergeArgs, args);
      const { keepId: kept, ...report } = await ctx.networkMap.mergeOrganizations(keepId, mergeId, apply);
      const organization = await ctx.directory.getOrganization(kept);
      if (!organization) throw new NotFoundError('Organisation / organization', kept);
      return { ...report, kept: organization };
    },
    async recordContact(_parent, args, ctx) {
      const { input } = parseArgs(contactArgs, args);
      const contact = parseOrThrow(
        contactSchema,
        withoutNulls({
          id: 'new',
          fromLabel: modelLabel(input.from.label),
          fromId: input.from.id,
          toLabel: modelLabel(input.to.label),
          toId: input.to.id,
          at: input.at,
          channel: input.channel,
          topic: input.topic,
        }),
        'input',
      );
      const { id: _placeholder, ...fields } = contact;
      return contactView(await ctx.network.recordContact(fields));
    },
    async recordMeeting(_parent, args, ctx) {
      const { input } = parseArgs(meetingArgs, args);
      const meeting = parseOrThrow(
        meetingSchema,
        withoutNulls({
          id: 'new',
          ...input,
          attendees: input.attendees?.map((a) => ({ label: modelLabel(a.label), id: a.id })),
        }),
        'input',
      );
      const { id: _placeholder, ...fields } = meeting;
      return meetingView(await ctx.network.recordMeeting(fields), ctx);
    },
  },
};
