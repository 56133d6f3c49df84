import type { INestApplication } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { NextFunction, Request, Response } from 'express';
import { AppError, ErrorCode } from '../errors/app-error';
import { GlobalExceptionFilter } from '../filters/global-exception.filter';

/**
 * Installed after every route (call once the app is initialised): a request no route served — outside /api too, e.g.
 * `GET /v1/models` on a version without that API — and an error raised by plain Express middleware both answer
 * through the global exception filter, so every error is the JSON body, never Express's HTML page.
 */
export function installFallbackHandlers(app: INestApplication): void {
  const filter = new GlobalExceptionFilter();
  const express = app.getHttpAdapter().getInstance();
  const answer = (err: unknown, req: Request, res: Response, next: NextFunction) =>
    filter.catch(err, new ExecutionContextHost([req, res, next]));
  express.use((req: Request, res: Response, next: NextFunction) =>
    answer(new AppError(ErrorCode.NOT_FOUND, `Cannot ${req.method} ${req.path}`), req, res, next),
  );
  express.use((err: unknown, req: Request, res: Response, next: NextFunction) => answer(err, req, res, next));
}
