// Every knob of the suggestion ranking in one place. A suggestion's score is the sum of its reasons'
// weights, so each number here shows up, explained, in the reasons a user sees.

export const SUGGEST_CONFIG = {
  /** Distance: weight × 0.5^(km / halfKm): full weight next door, half at halfKm, a quarter at 2 × halfKm. */
  distance: { weight: 40, halfKm: 10 },
  /** At least one of the asked languages (other than German, which every service is assumed to speak). */
  language: { weight: 25 },
  opening: {
    /** Open now: the full weight; an opening later in the window: scaled down to `minShare` at its end. */
    weight: 15,
    minShare: 0.3,
    /** Appointment only: this weight (one can still book a time). */
    appointmentWeight: 8,
    /** Temporarily closed: this (negative) weight. */
    temporarilyClosedWeight: -20,
    /** The window when none is given: from now for this many days. */
    defaultDays: 7,
  },
  /** Phone or video counselling (for clients without transport). */
  remote: { weight: 5 },
  /** Waiting time: weight × (1 − days / maxDays), nothing beyond maxDays. */
  waiting: { weight: 8, maxDays: 60 },
  accessibility: { weight: 3 },
  team: {
    /** Share of the team's decided referrals that were accepted, × weight. */
    acceptedWeight: 10,
    /** Share of the team's closed referrals (outcome known) that helped, × weight. */
    helpedWeight: 6,
    /**
     * Below this many referrals — and this many different clients — a figure is not shown and not used:
     * it would say too much about single cases, and too little about the service.
     */
    minReferrals: 5,
    /** Full calendar months before the current one (the figure changes once a month, not per referral). */
    months: 12,
  },
  contact: { weight: 6 },
  sharedMeeting: { weight: 4 },
  /** Defaults of the query. */
  defaults: { maxKm: 30, limit: 10, maxLimit: 50, maxMaxKm: 300 },
} as const;

export type SuggestConfig = typeof SUGGEST_CONFIG;

/**
 * How far a client travels to a service. Straight-line distance today; a travel-time provider (public
 * transport, e.g. an OpenTripPlanner instance of the district) plugs in here.
 */
export interface TravelProvider {
  readonly name: string;
  distanceKm(from: { lat: number; lon: number }, to: { lat: number; lon: number }): number;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance (haversine) in km. */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const straightLine: TravelProvider = { name: 'haversine', distanceKm: haversineKm };
