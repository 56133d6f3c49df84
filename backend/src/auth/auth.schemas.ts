import { z } from 'zod';

export const LoginSchema = z
  .object({
    email: z.string().trim().toLowerCase().email().describe('Account email'),
    password: z.string().min(1).max(200).describe('Account password'),
  })
  .strict();
export type LoginDto = z.infer<typeof LoginSchema>;

export const RefreshSchema = z.object({ refreshToken: z.string().min(10).describe('The refresh token from login') }).strict();
export type RefreshDto = z.infer<typeof RefreshSchema>;
