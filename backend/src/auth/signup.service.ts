import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AppError, ErrorCode } from '../common/errors/app-error';
import { wilayaLabel } from '../common/localisation/wilayas';
import { assertStrongPassword, AuthService, hashPassword } from './auth.service';
import type { SignupDto } from './auth.schemas';
import { RateLimits } from './rate-limits';
import { UsersRepository } from './users.repository';

export const emailTaken = () =>
  new AppError(ErrorCode.CONFLICT, 'An account already uses this email', [{ field: 'email', message: 'already used' }]);

/** "Supérette El Baraka" → "superette-el-baraka"; a name with no Latin letters gets "boutique". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return slug || 'boutique';
}

const isUniqueViolation = (err: unknown) => (err as { code?: string })?.code === 'P2002';

/** Creates a business and its first OWNER, then signs them in. */
@Injectable()
export class SignupService {
  constructor(
    private readonly users: UsersRepository,
    private readonly auth: AuthService,
    private readonly limits: RateLimits,
  ) {}

  async signup(dto: SignupDto, ip: string) {
    await this.limits.consume('signupIp', ip, 'Too many sign-ups from this address, try again later');
    assertStrongPassword(dto.password, { email: dto.email });
    if (await this.users.emailTaken(dto.email)) throw emailTaken();
    const passwordHash = await hashPassword(dto.password);
    const wilaya = wilayaLabel(dto.wilaya);
    const base = slugify(dto.businessName);
    // The slug is unique: on a clash (same name elsewhere, or a concurrent sign-up) retry with a random suffix.
    for (let attempt = 0; ; attempt++) {
      const slug = attempt === 0 ? base : `${base}-${randomBytes(3).toString('hex')}`;
      try {
        const { userId } = await this.users.createBusiness({
          tenant: { name: dto.businessName, slug, wilaya: wilaya.fr, phone: dto.phone ?? null, locale: `${dto.language}-DZ` },
          owner: { email: dto.email, name: dto.name ?? dto.email.split('@')[0], passwordHash, locale: dto.language },
        });
        return this.auth.issueTokens(userId);
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        if (await this.users.emailTaken(dto.email)) throw emailTaken(); // a concurrent sign-up took the email
        if (attempt >= 5) throw err;
      }
    }
  }
}
