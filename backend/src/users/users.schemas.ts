import { z } from 'zod';
import { LANGUAGES } from '../auth/auth.schemas';

export const MEMBER_ROLES = ['OWNER', 'STAFF'] as const;

export const CreateInvitationSchema = z
  .object({
    email: z.string().trim().toLowerCase().email().max(254).describe('Who to invite'),
    role: z.enum(MEMBER_ROLES).default('STAFF').describe('Role in the business (default STAFF)'),
    language: z.enum(LANGUAGES).optional().describe("Language of the email and of the new account (default: the business's)"),
  })
  .strict();
export type CreateInvitationDto = z.infer<typeof CreateInvitationSchema>;

export const UpdateMemberSchema = z
  .object({
    role: z.enum(MEMBER_ROLES).optional().describe('New role'),
    active: z
      .boolean()
      .optional()
      .describe('false disables the account at once (sessions, API keys and open chats end); true enables it again'),
    name: z.string().trim().min(1).max(80).optional().describe('Display name'),
  })
  .strict()
  .refine((v) => v.role !== undefined || v.active !== undefined || v.name !== undefined, { message: 'give role, active or name' });
export type UpdateMemberDto = z.infer<typeof UpdateMemberSchema>;
