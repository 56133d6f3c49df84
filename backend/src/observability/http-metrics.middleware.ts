import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { MetricsService } from './metrics.service';

type Timed = FastifyRequest & { endHttpTimer?: (labels: { route: string; status: string }) => void };

/**
 * Records every HTTP request's latency under its route pattern, whatever ended it (guards, pipes, filters, a 404):
 * Fastify's onResponse hook runs once the response is sent, for every request. Never the raw URL: ids would explode
 * cardinality.
 */
export function recordHttpMetrics(fastify: FastifyInstance, metrics: MetricsService): void {
  fastify.addHook('onRequest', (req: Timed, _reply, done) => {
    req.endHttpTimer = metrics.httpDuration.startTimer({ method: req.method });
    done();
  });
  fastify.addHook('onResponse', (req: Timed, reply, done) => {
    // A 404 (and the chat UI's files, served by the not-found handler) has no route pattern.
    req.endHttpTimer?.({ route: req.is404 ? 'unmatched' : (req.routeOptions.url ?? 'unmatched'), status: String(reply.statusCode) });
    done();
  });
}
