// Public surface of @lotse/seeds: the deterministic demo district, its loader and the figures it reproduces.
export {
  generateDemoDistrict,
  DEFAULT_DEMO_SEED,
  DEMO_CLIENT_COUNT,
  type DemoDistrict,
} from './demo-district.ts';
export { loadDemoDistrict, loadDistrict, type LoadDemoOptions, type LoadDemoReport } from './load-demo.ts';
export { PUBLISHED_TOTALS, type PublishedTotals } from './published-totals.ts';
export {
  ALB_DONAU_MUNICIPALITIES,
  DEMO_MUNICIPALITIES,
  ULM_AGS,
  type DistrictMunicipality,
} from './district/municipalities.ts';
