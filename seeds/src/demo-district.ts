// The deterministic demo district: real municipalities of the Alb-Donau-Kreis (plus Ulm as hub) with a
// fictional helper network, 27 integration managers, ~2,500 pseudonymous cases and five half-years of
// activity whose totals equal PUBLISHED_TOTALS. Pure: the same seed always gives the same district.
import type {
  ClientInput,
  ConsultationInput,
  ContactInput,
  ManagerInput,
  MeetingInput,
  MunicipalityInput,
  NeedCategory,
  OrganizationInput,
  ReferralInput,
  ServiceInput,
} from '@lotse/graph';
import { buildActivity } from './district/activity.ts';
import { buildNetwork } from './district/catalogue.ts';
import { newHelperCircle } from './district/network/community.ts';
import { DEMO_MUNICIPALITIES, toMunicipalityInput } from './district/municipalities.ts';
import { buildClients, buildManagers } from './district/people.ts';
import { createRandom } from './district/random.ts';

export const DEFAULT_DEMO_SEED = 2018;
export const DEMO_CLIENT_COUNT = 2500;

export interface DemoDistrict {
  municipalities: MunicipalityInput[];
  organizations: OrganizationInput[];
  services: ServiceInput[];
  managers: ManagerInput[];
  clients: ClientInput[];
  contacts: ContactInput[];
  consultations: ConsultationInput[];
  referrals: ReferralInput[];
  meetings: MeetingInput[];
}

export function generateDemoDistrict(seed: number = DEFAULT_DEMO_SEED): DemoDistrict {
  // One random source per part, derived from the seed: changing how many draws one part makes
  // does not reshuffle the others.
  const network = buildNetwork(createRandom(seed * 7919 + 1));
  const managers = buildManagers(createRandom(seed * 7919 + 2));
  const clients = buildClients(createRandom(seed * 7919 + 3), managers, DEMO_CLIENT_COUNT);
  const activity = buildActivity({
    random: createRandom(seed * 7919 + 4),
    managers,
    clients,
    organizations: network.organizations,
    services: network.services,
  });

  // A case's needs include whatever it was referred for.
  const referredNeeds = new Map<string, Set<NeedCategory>>();
  for (const r of activity.referrals) {
    const needs = referredNeeds.get(r.clientId) ?? new Set<NeedCategory>();
    needs.add(r.need);
    referredNeeds.set(r.clientId, needs);
  }

  return {
    municipalities: DEMO_MUNICIPALITIES.map(toMunicipalityInput),
    organizations: [...network.organizations, newHelperCircle(network.organizations)],
    services: network.services,
    // Only model fields leave the generator: the schemas are strict and the weights are internals.
    managers: managers.map(({ id, name, email, organizationId, coversAgs, isDemo }) => ({
      id,
      name,
      email,
      organizationId,
      coversAgs,
      isDemo,
    })),
    clients: clients.map(({ activity: _activity, firstDay: _first, lastDay: _last, ...client }) => ({
      ...client,
      needs: [...new Set([...client.needs, ...(referredNeeds.get(client.id) ?? [])])],
    })),
    contacts: activity.contacts,
    consultations: activity.consultations,
    referrals: activity.referrals,
    meetings: activity.meetings,
  };
}
