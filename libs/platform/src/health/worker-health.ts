import { createServer, type Server } from 'node:http';

export interface WorkerHealth {
  ok: boolean;
  [detail: string]: unknown;
}

/**
 * GET /health for a worker process (apps/projector, apps/relay), which serves no API:
 * 200 with what `check` says when it is ok, 503 when not, so an orchestrator can restart it.
 */
export const serveWorkerHealth = (
  port: number,
  check: () => Promise<WorkerHealth>,
): Promise<Server> => {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/health') {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ statusCode: 404, message: 'Only GET /health is served here' }));
      return;
    }
    check()
      .catch((error: Error) => ({ ok: false, error: error.message }))
      .then((health) => {
        response.writeHead(health.ok ? 200 : 503, { 'content-type': 'application/json' });
        response.end(JSON.stringify(health));
      });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
};
