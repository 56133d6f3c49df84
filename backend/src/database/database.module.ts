import { Global, Module } from '@nestjs/common';
import { PrismaService } from './prisma.service';
import { RunnerPresence } from './runner-presence';

@Global()
@Module({ providers: [PrismaService, RunnerPresence], exports: [PrismaService, RunnerPresence] })
export class DatabaseModule {}
