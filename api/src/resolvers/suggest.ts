// suggestServices, serviceGaps and referFromSuggestion: parse (field paths as sent), call the service,
// hand the German sentence as `text` and the English one as `textEn`.
import { z } from 'zod';
import { agsSchema as ags, idSchema as id, languageCodeSchema as language } from '@lotse/graph';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { SUGGEST_CONFIG } from '../suggest/config.ts';
import type { Reason } from '../suggest/rank.ts';
import { parseArgs } from './validate.ts';

const { defaults } = SUGGEST_CONFIG;
const needText = z.string().trim().min(1, 'darf nicht leer sein / must not be empty').max(200);
const maxKm = z
  .number()
  .gt(0, 'größer als 0 / greater than 0')
  .max(defaults.maxMaxKm, `höchstens ${defaults.maxMaxKm} / at most ${defaults.maxMaxKm}`);

const suggestArgs = z.strictObject({
  input: z.strictObject({
    need: needText,
    origin: z
      .strictObject({
        clientId: id.nullish(),
        municipalityAgs: ags.nullish(),
        point: z
          .strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
          .nullish(),
      })
      .refine((o) => [o.clientId, o.municipalityAgs, o.point].filter((v) => v != null).length === 1, {
        message:
          'genau eines von clientId, municipalityAgs, point angeben / give exactly one of clientId, municipalityAgs, point',
      }),
    languages: z.array(language).max(10).nullish(),
    window: z
      .strictObject({ from: z.number(), to: z.number() })
      .refine((w) => w.from < w.to, {
        message: '„von“ muss vor „bis“ liegen / from must be before to',
        path: ['to'],
      })
      .refine((w) => w.to - w.from <= 366 * 86_400_000, {
        message: 'höchstens ein Jahr / at most one year',
        path: ['to'],
      })
      .nullish(),
    remoteOnly: z.boolean().nullish(),
    barrierFree: z.boolean().nullish(),
    maxKm: maxKm.nullish(),
    limit: z
      .number()
      .int()
      .min(1, 'mindestens 1 / at least 1')
      .max(defaults.maxLimit, `höchstens ${defaults.maxLimit} / at most ${defaults.maxLimit}`)
      .nullish(),
  }),
});

const gapsArgs = z.strictObject({
  need: needText,
  maxKm,
  language: language.nullish(),
  district: z.string().trim().min(1).max(200).nullish(),
});

const referArgs = z.strictObject({
  input: z.strictObject({
    clientId: id,
    serviceId: id,
    need: needText,
    consentToShare: z.boolean(),
    status: z.enum(
      ['planned', 'sent'],
      'neue Weiterleitungen sind PLANNED oder SENT / new referrals are PLANNED or SENT',
    ),
  }),
});

const round2 = (x: number) => Math.round(x * 100) / 100;
const reasonView = (r: Reason) => ({ code: r.code, weight: round2(r.weight), text: r.de, textEn: r.en });

export const suggestResolvers: Resolvers = {
  Query: {
    async suggestServices(_parent, args, ctx) {
      const { input } = parseArgs(suggestArgs, args);
      const { origin } = input;
      const result = await ctx.suggestions.suggest({
        need: input.need,
        origin: origin.clientId
          ? { clientId: origin.clientId }
          : origin.municipalityAgs
            ? { municipalityAgs: origin.municipalityAgs }
            : { point: origin.point! },
        ...(input.languages ? { languages: input.languages } : {}),
        ...(input.window ? { window: input.window } : {}),
        remoteOnly: input.remoteOnly ?? false,
        barrierFree: input.barrierFree ?? false,
        maxKm: input.maxKm ?? defaults.maxKm,
        limit: input.limit ?? defaults.limit,
      });
      return {
        need: {
          id: result.need.id,
          category: result.need.category,
          subcategory: result.need.subcategory,
          label: result.need.de,
          labelEn: result.need.en,
        },
        origin: result.origin,
        suggestions: result.suggestions.map((s) => ({
          service: s.service,
          distanceKm: round2(s.distanceKm),
          score: round2(s.score),
          nextOpening: s.nextOpening,
          matchedLanguages: s.matchedLanguages,
          reasons: s.reasons.map(reasonView),
        })),
        gap: result.gap && {
          text: result.gap.de,
          textEn: result.gap.en,
          nearMiss: result.gap.nearMiss && {
            service: result.gap.nearMiss.service,
            distanceKm: round2(result.gap.nearMiss.distanceKm),
            failed: result.gap.nearMiss.failed,
            text: result.gap.nearMiss.de,
            textEn: result.gap.nearMiss.en,
          },
        },
      };
    },

    async serviceGaps(_parent, args, ctx) {
      const input = parseArgs(gapsArgs, args);
      const rows = await ctx.suggestions.gaps({
        need: input.need,
        maxKm: input.maxKm,
        ...(input.language ? { language: input.language } : {}),
        ...(input.district ? { district: input.district } : {}),
      });
      return rows.map((row) => ({
        municipality: row.municipality,
        nearest: row.nearest,
        distanceKm: row.distanceKm === null ? null : round2(row.distanceKm),
        gap: row.gap,
        text: row.message?.de ?? null,
        textEn: row.message?.en ?? null,
      }));
    },
  },

  Mutation: {
    async referFromSuggestion(_parent, args, ctx) {
      const { input } = parseArgs(referArgs, args);
      return ctx.suggestions.refer(input);
    },
  },
};
