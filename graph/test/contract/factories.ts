// Small factories for contract fixtures: valid by default, override what a test is about.
import type {
  ClientInput,
  ContactInput,
  ManagerInput,
  MunicipalityInput,
  OrganizationInput,
  ServiceInput,
} from '@lotse/graph';

export const aMunicipality = (o: Partial<MunicipalityInput> = {}): MunicipalityInput => ({
  ags: '99000001',
  name: 'Testort',
  district: 'Testkreis',
  state: 'Baden-Württemberg',
  lat: 48.3,
  lon: 9.7,
  population: 1000,
  ...o,
});

export const anOrganization = (o: Partial<OrganizationInput> = {}): OrganizationInput => ({
  id: 'ct-org-1',
  name: 'Beratungsstelle (Test)',
  kind: 'counselling_provider',
  municipalityAgs: '99000001',
  ...o,
});

export const aService = (o: Partial<ServiceInput> = {}): ServiceInput => ({
  id: 'ct-svc-1',
  organizationId: 'ct-org-1',
  name: 'Schuldnerberatung (Test)',
  category: 'debt_counselling',
  municipalityAgs: '99000001',
  lat: 48.3,
  lon: 9.7,
  ...o,
});

export const aManager = (o: Partial<ManagerInput> = {}): ManagerInput => ({
  id: 'ct-manager-1',
  name: 'IM Test',
  organizationId: 'ct-org-1',
  coversAgs: ['99000001'],
  ...o,
});

export const aClient = (o: Partial<ClientInput> = {}): ClientInput => ({
  id: 'ct-client-1',
  caseCode: 'CT-0001',
  managerId: 'ct-manager-1',
  municipalityAgs: '99000001',
  household: 'single',
  householdSize: 1,
  minors: 0,
  openedOn: '2019-01-15',
  ...o,
});

export const aContact = (o: Partial<ContactInput> = {}): ContactInput => ({
  id: 'ct-contact-1',
  fromLabel: 'Manager',
  fromId: 'ct-manager-1',
  toLabel: 'Organization',
  toId: 'ct-org-1',
  at: Date.UTC(2019, 4, 2, 10),
  channel: 'phone',
  topic: '',
  ...o,
});
