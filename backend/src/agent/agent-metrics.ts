import { Injectable } from '@nestjs/common';
import { MetricsService } from '../observability/metrics.service';

/** The agent's view of the metrics: turn, first-token and tool latencies, errors. */
@Injectable()
export class AgentMetrics {
  constructor(private readonly metrics: MetricsService) {}

  toolFinished(tool: string, status: string, ms: number): void {
    this.metrics.toolDuration.observe({ tool, status }, ms / 1000);
  }
  turnFinished(provider: string, status: string, ms: number): void {
    this.metrics.turnDuration.observe({ provider, status }, ms / 1000);
  }
  firstToken(provider: string, ms: number): void {
    this.metrics.firstToken.observe({ provider }, ms / 1000);
  }
  turnFailed(provider: string, code: string): void {
    this.metrics.agentErrors.inc({ provider, code });
  }
}
