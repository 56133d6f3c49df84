import { Module } from '@nestjs/common';
import { InvitationsPublicController } from './invitations-public.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { TeamRepository } from './team.repository';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** The team of a business: members, roles, invitations (auth services come from the global AuthModule). */
@Module({
  controllers: [UsersController, InvitationsPublicController],
  providers: [UsersService, InvitationsService, TeamRepository, InvitationsRepository],
})
export class UsersModule {}
