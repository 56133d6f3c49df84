import { message } from '../common/localisation/messages';
import type { AccountMail } from './account-mailer';

export type MailLanguage = 'fr' | 'ar' | 'en';

export const mailLanguage = (locale: string | null | undefined): MailLanguage => {
  const l = (locale ?? '').slice(0, 2);
  return l === 'ar' || l === 'en' ? l : 'fr';
};

/** The reset email: the link carries the token in its fragment (#), which browsers never send to a server or a log. */
export function resetEmail(to: string, link: string, lang: MailLanguage): AccountMail {
  return { to, subject: message(lang, 'mail.reset.subject'), text: message(lang, 'mail.reset.text', { link }) };
}

export function invitationEmail(to: string, link: string, business: string, inviter: string, lang: MailLanguage): AccountMail {
  return {
    to,
    subject: message(lang, 'mail.invitation.subject', { business }),
    text: message(lang, 'mail.invitation.text', { inviter, business, link }),
  };
}
