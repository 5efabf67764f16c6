// The activity figures the demo district reproduces exactly (H1 2018 – H1 2020, five half-years).
// One place: the generator distributes these, the tests and reports compare against them.
// Groups are defined by the rules in @lotse/graph (queries/stats/groups.ts).

export const PUBLISHED_TOTALS = {
  halfYears: ['2018-H1', '2018-H2', '2019-H1', '2019-H2', '2020-H1'],
  consultations: {
    total: 32_970,
    byHousehold: { single: 25_585, family: 7_385 },
    /** By the first topic of a consultation; "other" is the rest (finance, benefits, asylum law, …). */
    byPrimaryTopic: {
      children: 8_201,
      housing: 6_675,
      labour_market: 5_132,
      health: 5_072,
      language: 3_748,
      other: 4_142,
    },
  },
  referrals: {
    byGroup: {
      employment: 3_093,
      immigration_office: 1_345,
      refugee_organisations: 1_286,
      health_counselling: 1_023,
      /** Not a published figure: the demo's own choice for referrals to all other services. */
      other: 1_500,
    },
  },
  contacts: {
    byGroup: {
      managers_and_commissioners: 10_080,
      administrations: 5_083,
      volunteer_associations: 2_584,
      companies: 1_485,
      /** Not a published figure: the demo's own choice for contacts with all other partners. */
      other: 2_000,
    },
  },
  meetings: 10,
} as const;

export type PublishedTotals = typeof PUBLISHED_TOTALS;
