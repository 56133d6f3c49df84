import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';
import { MetricsService } from './metrics.service';

/** Records every HTTP request's latency under its route pattern (never the raw URL: ids would explode cardinality). */
@Injectable()
export class HttpMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: MetricsService) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest();
    const res = ctx.switchToHttp().getResponse();
    const end = this.metrics.httpDuration.startTimer({ method: req.method });
    const done = (status: number) => end({ route: req.route?.path ?? 'unmatched', status: String(status) });
    return next.handle().pipe(
      tap({ next: () => done(res.statusCode), error: (err) => done(err?.status ?? err?.getStatus?.() ?? 500) }),
    );
  }
}
