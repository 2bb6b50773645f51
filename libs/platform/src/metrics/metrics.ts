import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Everything /metrics exposes, in one registry per process. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'ros_' });

/** Appends are the POST routes on entries; queries the GET routes on totals and the summary. */
export const httpDuration = new Histogram({
  name: 'ros_http_request_duration_seconds',
  help: 'HTTP request latency by route',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export const eventsProjected = new Counter({
  name: 'ros_events_projected_total',
  help: 'Events applied to the read models, by projection',
  labelNames: ['projection'] as const,
  registers: [registry],
});

export const projectionLag = new Gauge({
  name: 'ros_projection_lag_seconds',
  help: 'Age of the oldest event a projection has not applied yet (0 when caught up)',
  labelNames: ['projection'] as const,
  registers: [registry],
});

export const parkedEvents = new Gauge({
  name: 'ros_parked_events',
  help: 'Events a projection could not apply and set aside',
  labelNames: ['projection'] as const,
  registers: [registry],
});
