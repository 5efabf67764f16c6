// Contacts and meetings: parse with the model's schemas (field paths as sent), call the service.
import { z } from 'zod';
import {
  agsSchema,
  contactSchema,
  MEETING_KINDS,
  meetingSchema,
  type Contact,
  type Meeting,
} from '@lotse/graph';
import type { ActorLabel, Resolvers } from '../__generated__/resolvers-types.ts';
import { NotFoundError, parseOrThrow } from '../errors.ts';
import type { ApiContext } from '../context.ts';
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

async function meetingView(m: Meeting, ctx: ApiContext) {
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

export const networkResolvers: Resolvers = {
  Query: {
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
  Mutation: {
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
