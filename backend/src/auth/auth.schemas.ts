import { z } from 'zod';
import { wilayaLabel } from '../common/localisation/wilayas';
import { PASSWORD_MAX_LENGTH } from './password-policy';

const email = z.string().trim().toLowerCase().email().max(254);
/** Strength rules (length, common passwords) are checked by the service, which names the rule broken. */
const newPassword = z.string().min(1).max(PASSWORD_MAX_LENGTH).describe(`New password: at least 10 characters, not a common password`);
const code = z.string().trim().min(20).max(200);

export const LANGUAGES = ['fr', 'ar', 'en'] as const;

/** One of Algeria's 58 wilayas, by number ("16") or name in French, Arabic or English. */
export const WilayaSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .refine((w) => wilayaLabel(w).code !== null, { message: 'not one of the 58 wilayas (give its number, e.g. "16", or its name)' })
  .describe('Wilaya: its number (1–58) or its name, e.g. "16" or "Alger"');

export const PhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 .-]{6,18}[0-9]$/, 'a phone number, e.g. 0550 12 34 56 or +213 550 12 34 56')
  .describe('Phone number');

export const LoginSchema = z
  .object({
    email: z.string().trim().toLowerCase().email().describe('Account email'),
    password: z.string().min(1).max(200).describe('Account password'),
  })
  .strict();
export type LoginDto = z.infer<typeof LoginSchema>;

export const SignupSchema = z
  .object({
    businessName: z.string().trim().min(2).max(80).describe('Name of the shop, e.g. "Supérette Nour"'),
    email: email.describe('Email of the owner; used to sign in'),
    password: newPassword,
    wilaya: WilayaSchema,
    language: z.enum(LANGUAGES).describe('Language of the account and of the assistant by default'),
    phone: PhoneSchema.optional(),
    name: z.string().trim().min(1).max(80).optional().describe("The owner's name (default: the email's local part)"),
  })
  .strict();
export type SignupDto = z.infer<typeof SignupSchema>;

export const RefreshSchema = z
  .object({
    refreshToken: z.string().min(10).max(4096).optional().describe('The refresh token from login (browsers send the cookie instead)'),
  })
  .strict();
export type RefreshDto = z.infer<typeof RefreshSchema>;

export const LogoutSchema = RefreshSchema;
export type LogoutDto = RefreshDto;

export const ForgotPasswordSchema = z.object({ email: email.describe('The account email') }).strict();
export type ForgotPasswordDto = z.infer<typeof ForgotPasswordSchema>;

export const ResetPasswordSchema = z.object({ token: code.describe('The token from the reset link'), password: newPassword }).strict();
export type ResetPasswordDto = z.infer<typeof ResetPasswordSchema>;

export const InvitationLookupSchema = z.object({ code: code.describe('The code from the invitation link') }).strict();
export type InvitationLookupDto = z.infer<typeof InvitationLookupSchema>;

export const AcceptInvitationSchema = z
  .object({
    code: code.describe('The code from the invitation link'),
    name: z.string().trim().min(1).max(80).describe('Your name, as your colleagues will see it'),
    password: newPassword,
  })
  .strict();
export type AcceptInvitationDto = z.infer<typeof AcceptInvitationSchema>;
