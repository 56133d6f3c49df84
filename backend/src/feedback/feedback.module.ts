import { Module } from '@nestjs/common';
import { AlertMailer } from './alert-mailer';
import { FeedbackController } from './feedback.controller';
import { FeedbackRepository } from './feedback.repository';
import { FeedbackService } from './feedback.service';

/** Bug reports, suggestions, comments and answer ratings; critical bugs are emailed to the team. */
@Module({ controllers: [FeedbackController], providers: [FeedbackService, FeedbackRepository, AlertMailer], exports: [FeedbackService] })
export class FeedbackModule {}
