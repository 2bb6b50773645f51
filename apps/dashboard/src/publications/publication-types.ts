import type { components } from '../api/schema';

export type Publication = components['schemas']['PublicationView'];
export type PublicationScope = components['schemas']['PublicationScope'];
export type Drift = components['schemas']['Drift'];
