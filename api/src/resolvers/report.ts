// densityReport and activityReport: parse the arguments (field paths as sent), call the report service.
import { z } from 'zod';
import { MAX_TREND_HALF_YEARS, type ComparisonKind } from '../services/report.ts';
import { isCalendarDay, idSchema } from '@lotse/graph';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { meetingView } from './network.ts';
import { parseArgs } from './validate.ts';

// The Date scalar checks the shape only; 2019-02-30 would silently become 2 March.
const calendarDay = z.string().refine(isCalendarDay, { message: 'kein Kalendertag / not a calendar day' });
const dayRange = z
  .strictObject({ from: calendarDay, to: calendarDay })
  .refine((p) => p.from <= p.to, { message: '„von“ liegt nach „bis“ / from is after to', path: ['from'] });

const comparison = z
  .strictObject({
    kind: z.enum(['previous_period', 'custom', 'meeting', 'none']),
    period: dayRange.nullish(),
    meetingId: idSchema.nullish(),
  })
  .superRefine((c, ctx) => {
    if (c.kind === 'custom' && !c.period)
      ctx.addIssue({
        code: 'custom',
        path: ['period'],
        message: 'mit CUSTOM ist ein Zeitraum nötig / CUSTOM needs a period',
      });
    if (c.kind !== 'custom' && c.period)
      ctx.addIssue({ code: 'custom', path: ['period'], message: 'nur mit CUSTOM / only with CUSTOM' });
    if (c.kind === 'meeting' && !c.meetingId)
      ctx.addIssue({
        code: 'custom',
        path: ['meetingId'],
        message: 'mit MEETING ist ein Treffen nötig / MEETING needs a meeting',
      });
    if (c.kind !== 'meeting' && c.meetingId)
      ctx.addIssue({ code: 'custom', path: ['meetingId'], message: 'nur mit MEETING / only with MEETING' });
  });

const district = z.string().trim().min(1, 'darf nicht leer sein / must not be empty').max(200).nullish();

const densityArgs = z.strictObject({
  district,
  period: dayRange,
  compare: comparison.nullish(),
  trendHalfYears: z
    .number()
    .int()
    .min(1, 'mindestens 1 / at least 1')
    .max(MAX_TREND_HALF_YEARS, `höchstens ${MAX_TREND_HALF_YEARS} / at most ${MAX_TREND_HALF_YEARS}`)
    .nullish(),
});

const activityArgs = z.strictObject({ district, period: dayRange });

export const reportResolvers: Resolvers = {
  Query: {
    async densityReport(_parent, args, ctx) {
      const { district, period, compare, trendHalfYears } = parseArgs(densityArgs, args);
      const report = await ctx.reports.densityReport({
        district: district ?? null,
        period,
        compare: compare
          ? {
              kind: compare.kind as ComparisonKind,
              period: compare.period ?? null,
              meetingId: compare.meetingId ?? null,
            }
          : { kind: 'previous_period' },
        trendHalfYears: trendHalfYears ?? 5,
      });
      return {
        ...report,
        comparison: report.comparison && {
          ...report.comparison,
          meeting: report.comparison.meeting ? await meetingView(report.comparison.meeting, ctx) : null,
        },
      };
    },
    async activityReport(_parent, args, ctx) {
      const { district, period } = parseArgs(activityArgs, args);
      return ctx.reports.activityReport({ district: district ?? null, period });
    },
  },
};
