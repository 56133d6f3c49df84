import { Module } from '@nestjs/common';
import { CreditService } from './credit.service';
import { CustomerImportService } from './customer-import.service';
import { CustomersController } from './customers.controller';
import { CustomersRepository } from './customers.repository';
import { CustomersService } from './customers.service';

/** The customer file and « le carnet » (credit balances and payments). Credit sales themselves are written by sales. */
@Module({
  controllers: [CustomersController],
  providers: [CustomersService, CreditService, CustomerImportService, CustomersRepository],
  exports: [CustomersService, CreditService, CustomersRepository],
})
export class CustomersModule {}
