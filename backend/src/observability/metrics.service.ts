import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of the process, exposed at /metrics. One registry per app instance (tests create several). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
    registers: [this.registry],
  });
  readonly openSockets = new Gauge({ name: 'socket_open_connections', help: 'Open Socket.IO connections', registers: [this.registry] });
  readonly turnDuration = new Histogram({
    name: 'agent_turn_duration_seconds',
    help: 'Assistant turn latency (user message to completed answer)',
    labelNames: ['provider', 'status'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers: [this.registry],
  });
  readonly firstToken = new Histogram({
    name: 'agent_first_token_seconds',
    help: 'Time to the first streamed token of an answer',
    labelNames: ['provider'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
    registers: [this.registry],
  });
  readonly toolDuration = new Histogram({
    name: 'agent_tool_duration_seconds',
    help: 'Tool call latency by tool and status',
    labelNames: ['tool', 'status'],
    buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
    registers: [this.registry],
  });
  readonly agentErrors = new Counter({
    name: 'agent_errors_total',
    help: 'Failed assistant turns',
    labelNames: ['provider', 'code'],
    registers: [this.registry],
  });
  readonly ocrDuration = new Histogram({
    name: 'ocr_duration_seconds',
    help: 'Receipt/label OCR latency',
    labelNames: ['kind'],
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 20],
    registers: [this.registry],
  });
  readonly queueDepth = new Gauge({
    name: 'job_queue_depth',
    help: 'Jobs waiting in the background queue',
    labelNames: ['queue'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
