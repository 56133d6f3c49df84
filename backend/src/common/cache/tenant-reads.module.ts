import { Global, Module } from '@nestjs/common';
import { TenantDataVersionRepository } from './tenant-data-version.repository';
import { TenantReads } from './tenant-reads';

/** The version-keyed read caches, one set per process (see TenantReads). */
@Global()
@Module({ providers: [TenantDataVersionRepository, TenantReads], exports: [TenantReads] })
export class TenantReadsModule {}
