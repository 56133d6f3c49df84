import { Global, Module } from '@nestjs/common';
import { DatabasePool } from './database-pool';
import { PrismaService } from './prisma.service';
import { RunnerPresence } from './runner-presence';
import { SqlClient } from './sql';

@Global()
@Module({
  providers: [DatabasePool, PrismaService, SqlClient, RunnerPresence],
  exports: [DatabasePool, PrismaService, SqlClient, RunnerPresence],
})
export class DatabaseModule {}
