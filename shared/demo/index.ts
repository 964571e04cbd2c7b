/** Synthetic data: the demo organisation and a scalable generator for tests and benchmarks. */
export { emptyDataset, type Dataset, type DatasetSetting, type JsonValue } from './dataset';
export { demoMunicipality } from './demo-municipality';
export {
  DEMO_ADMINISTRATION,
  DEMO_LEVEL_NAMES,
  DEMO_MUNICIPALITY,
  DEMO_SECTIONS,
  type DemoSection,
  type DemoUnit,
} from './demo-org';
export { generateMunicipality, type GenerateOptions } from './generate';
export {
  DEFAULT_CAUSE_CATEGORIES,
  DEFAULT_PLACE_CATEGORIES,
  type CauseCategory,
  type PlaceCategory,
} from '../incidents/categories';
export { HME_ITEMS, meanToIndex } from './hme';
export { createRandom, type Random } from './prng';
