import type { AccountMail } from './account-mailer';

export type MailLanguage = 'fr' | 'ar' | 'en';

export const mailLanguage = (locale: string | null | undefined): MailLanguage => {
  const l = (locale ?? '').slice(0, 2);
  return l === 'ar' || l === 'en' ? l : 'fr';
};

/** The reset email: the link carries the token in its fragment (#), which browsers never send to a server or a log. */
export function resetEmail(to: string, link: string, lang: MailLanguage): AccountMail {
  const text = {
    fr: `Bonjour,\n\nPour choisir un nouveau mot de passe Tajer, ouvrez ce lien (valable 30 minutes, une seule fois) :\n${link}\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.\n\nTajer`,
    ar: `مرحبا،\n\nلاختيار كلمة مرور جديدة في تاجر، افتح هذا الرابط (صالح لمدة 30 دقيقة ولمرة واحدة):\n${link}\n\nإذا لم تطلب ذلك، تجاهل هذه الرسالة: كلمة المرور لن تتغير.\n\nتاجر`,
    en: `Hello,\n\nTo choose a new Tajer password, open this link (valid for 30 minutes, once):\n${link}\n\nIf you did not ask for it, ignore this message: your password does not change.\n\nTajer`,
  }[lang];
  const subject = { fr: 'Tajer : nouveau mot de passe', ar: 'تاجر: كلمة مرور جديدة', en: 'Tajer: reset your password' }[lang];
  return { to, subject, text };
}

export function invitationEmail(to: string, link: string, business: string, inviter: string, lang: MailLanguage): AccountMail {
  const text = {
    fr: `Bonjour,\n\n${inviter} vous invite à rejoindre « ${business} » sur Tajer, l'assistant de la boutique.\nOuvrez ce lien pour choisir votre nom et votre mot de passe (valable 7 jours, une seule fois) :\n${link}\n\nTajer`,
    ar: `مرحبا،\n\n${inviter} يدعوك للانضمام إلى «${business}» على تاجر، مساعد المحل.\nافتح هذا الرابط لاختيار اسمك وكلمة المرور (صالح لمدة 7 أيام ولمرة واحدة):\n${link}\n\nتاجر`,
    en: `Hello,\n\n${inviter} invites you to join "${business}" on Tajer, the shop's assistant.\nOpen this link to choose your name and password (valid for 7 days, once):\n${link}\n\nTajer`,
  }[lang];
  const subject = {
    fr: `Invitation : rejoignez ${business} sur Tajer`,
    ar: `دعوة: انضم إلى ${business} على تاجر`,
    en: `Invitation: join ${business} on Tajer`,
  }[lang];
  return { to, subject, text };
}
