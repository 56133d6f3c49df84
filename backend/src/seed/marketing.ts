/**
 * Campaigns, posts and feedback the shop already has. Campaign dates follow the real calendar of the window (the
 * last Ramadan, the latest summer, la rentrée) and one running campaign is clearly behind its conversion target,
 * which is what the "campaigns under target" alert looks for. Post texts quote the shop's real prices of the time.
 */
import type { Channel } from '@tajer/contract';
import { CatalogItem } from './catalog';
import { addDays, algiersTime, DateRange, ramadanPeriods } from './calendar';
import { historicalPrice, quarterBeforeEnd } from './sales';
import { formatMoney } from '@tajer/contract';

export type CampaignStatusSeed = 'DRAFT' | 'ACTIVE' | 'PAUSED' | 'COMPLETED';

export interface CampaignSeed {
  key: string;
  name: string;
  channel: Channel;
  status: CampaignStatusSeed;
  startsAt: Date;
  endsAt: Date | null;
  budgetCents: number;
  costCents: number;
  impressions: number;
  clicks: number;
  conversions: number;
  revenueCents: number;
  targetConversions: number | null;
}

export interface ContentSeed {
  campaignKey: string | null;
  channel: string;
  language: 'fr' | 'ar' | 'en';
  tone: string;
  topic: string;
  text: string;
  hashtags: string[];
  createdAt: Date;
}

export interface FeedbackSeed {
  /** Which demo user wrote it. */
  author: 'owner' | 'staff';
  category: 'BUG' | 'SUGGESTION' | 'COMMENT';
  severity: string;
  message: string;
  rating: number | null;
  createdAt: Date;
}

const DA = (cents: number) => formatMoney(cents / 100, 'fr', { plain: true });

/** The latest completed occurrence of a calendar period (month is 0-based) before `end`. */
function latest(end: Date, month: number, day: number, lengthDays: number): { start: Date; end: Date } {
  let start = new Date(Date.UTC(end.getUTCFullYear(), month, day));
  if (addDays(start, lengthDays) > end) start = new Date(Date.UTC(end.getUTCFullYear() - 1, month, day));
  return { start, end: addDays(start, lengthDays) };
}

export function generateMarketing(
  window: DateRange,
  catalog: CatalogItem[],
): { campaigns: CampaignSeed[]; content: ContentSeed[]; feedback: FeedbackSeed[] } {
  const now = window.end;
  const byName = (name: string) => {
    const item = catalog.find((p) => p.nameFr === name);
    if (!item) throw new Error(`Marketing seed refers to unknown product "${name}"`);
    return item;
  };
  const priceOn = (name: string, day: Date) => DA(historicalPrice(byName(name), quarterBeforeEnd(day, window)).priceCents);

  const campaigns: CampaignSeed[] = [];
  const content: ContentSeed[] = [];

  // The Ramadan that overlaps the window most (a 12-month window always holds at least part of one).
  const ramadan = ramadanPeriods(window)
    .map((r) => ({ ...r, overlap: Math.min(r.end.getTime(), now.getTime()) - Math.max(r.start.getTime(), window.start.getTime()) }))
    .sort((a, b) => b.overlap - a.overlap)[0];
  if (ramadan) {
    const year = ramadan.start.getUTCFullYear();
    const done = ramadan.end <= now;
    campaigns.push({
      key: 'ramadan',
      name: `Ramadan ${year} — paniers ftour à prix doux`,
      channel: 'facebook',
      status: done ? 'COMPLETED' : 'ACTIVE',
      startsAt: addDays(ramadan.start, -5),
      endsAt: ramadan.end,
      budgetCents: 30_000_00,
      costCents: 28_400_00,
      impressions: 48_200,
      clicks: 1_930,
      conversions: 212,
      revenueCents: 236_500_00,
      targetConversions: 150,
    });
    const day = addDays(ramadan.start, -5);
    content.push({
      campaignKey: 'ramadan',
      channel: 'facebook',
      language: 'fr',
      tone: 'chaleureux',
      topic: 'paniers du Ramadan',
      text:
        `🌙 Ramadan Karim à tous nos voisins ! Pour préparer vos ftours, la Supérette El Baraka vous attend : ` +
        `semoule 10kg à ${priceOn('Semoule 10kg (SIM, moyenne)', day)}, dattes Deglet Nour à ${priceOn('Dattes Deglet Nour 1kg', day)} le kilo, ` +
        `lben Soummam à ${priceOn('Lben Soummam 1L', day)} et frik pour la chorba à ${priceOn('Frik (blé vert concassé) 500g', day)}. ` +
        `Ouvert jusqu'à minuit après l'iftar. Saha ftourkoum !`,
      hashtags: ['#Ramadan', '#BabEzzouar', '#Alger', '#ElBaraka'],
      createdAt: algiersTime(addDays(day, -1), 20, 15),
    });
    content.push({
      campaignKey: 'ramadan',
      channel: 'facebook',
      language: 'ar',
      tone: 'chaleureux',
      topic: 'رمضان',
      text:
        `🌙 رمضان كريم! سوبيريت البركة في خدمتكم طيلة الشهر الفضيل: السميد 10 كغ بـ ${priceOn('Semoule 10kg (SIM, moyenne)', day)}، ` +
        `تمر دقلة نور بـ ${priceOn('Dattes Deglet Nour 1kg', day)} للكيلو، واللبن بـ ${priceOn('Lben Soummam 1L', day)}. مفتوح حتى منتصف الليل بعد الإفطار.`,
      hashtags: ['#رمضان_كريم', '#الجزائر'],
      createdAt: algiersTime(addDays(day, -1), 20, 30),
    });
  }

  const summer = latest(now, 6, 1, 45);
  campaigns.push({
    key: 'summer',
    name: 'Promo fraîcheur été — packs eau et sodas',
    channel: 'sms',
    status: 'COMPLETED',
    startsAt: summer.start,
    endsAt: summer.end,
    budgetCents: 12_000_00,
    costCents: 11_250_00,
    impressions: 2_400,
    clicks: 0,
    conversions: 96,
    revenueCents: 61_800_00,
    targetConversions: 80,
  });
  content.push({
    campaignKey: 'summer',
    channel: 'sms',
    language: 'fr',
    tone: 'direct',
    topic: 'boissons fraîches',
    text: `El Baraka: chaleur ? Pack 6 Ifri 1,5L a ${DA(6 * historicalPrice(byName('Eau minérale Ifri 1,5L'), quarterBeforeEnd(summer.start, window)).priceCents)}, Selecto 1L a ${priceOn('Hamoud Boualem Selecto 1L', summer.start)}. Livraison quartier. STOP au 600`,
    hashtags: [],
    createdAt: algiersTime(addDays(summer.start, -1), 11, 0),
  });

  const school = latest(now, 8, 1, 30);
  campaigns.push({
    key: 'school',
    name: 'Rentrée scolaire — goûters et hygiène',
    channel: 'instagram',
    status: 'COMPLETED',
    startsAt: school.start,
    endsAt: school.end,
    budgetCents: 15_000_00,
    costCents: 14_600_00,
    impressions: 31_500,
    clicks: 640,
    conversions: 58,
    revenueCents: 39_400_00,
    targetConversions: 70,
  });
  content.push({
    campaignKey: 'school',
    channel: 'instagram',
    language: 'fr',
    tone: 'enjoué',
    topic: 'rentrée scolaire',
    text: `C'est la rentrée ! 🎒 Goûters prêts en 2 minutes : biscuits Bimo à ${priceOn('Biscuits Bimo au lait 200g', school.start)}, gaufrettes à ${priceOn('Gaufrettes au chocolat 100g', school.start)}, fromage en portions à ${priceOn('Fromage en portions (16)', school.start)}. Et pour la trousse de toilette : dentifrice Signal à ${priceOn('Dentifrice Signal 75ml', school.start)}.`,
    hashtags: ['#rentree', '#gouter', '#Alger'],
    createdAt: algiersTime(addDays(school.start, -2), 18, 40),
  });

  campaigns.push({
    key: 'loyal',
    name: 'Clients fidèles — offres WhatsApp',
    channel: 'whatsapp',
    status: 'ACTIVE',
    startsAt: addDays(now, -21),
    endsAt: addDays(now, 9),
    budgetCents: 8_000_00,
    costCents: 4_900_00,
    impressions: 1_850,
    clicks: 420,
    conversions: 64,
    revenueCents: 52_300_00,
    targetConversions: 60,
  });
  content.push({
    campaignKey: 'loyal',
    channel: 'whatsapp',
    language: 'fr',
    tone: 'familier',
    topic: 'offres clients fidèles',
    text: `Salam ! Had la semaine f El Baraka : huile Elio 2L à ${priceOn('Huile de table Elio 2L', now)}, couscous 1kg à ${priceOn('Couscous moyen 1kg', now)}. Répondez "commande" w nwasslouhalkoum l'dar 🚚`,
    hashtags: [],
    createdAt: algiersTime(addDays(now, -21), 9, 30),
  });

  // The under-performer: 60 % of the way through, under 10 % of its target.
  campaigns.push({
    key: 'delivery',
    name: 'Livraison à domicile Bab Ezzouar',
    channel: 'facebook',
    status: 'ACTIVE',
    startsAt: addDays(now, -18),
    endsAt: addDays(now, 12),
    budgetCents: 20_000_00,
    costCents: 12_600_00,
    impressions: 26_400,
    clicks: 310,
    conversions: 7,
    revenueCents: 5_900_00,
    targetConversions: 80,
  });

  campaigns.push({
    key: 'coffee',
    name: 'Nouveau café Facto — dégustation',
    channel: 'instagram',
    status: 'PAUSED',
    startsAt: addDays(now, -45),
    endsAt: null,
    budgetCents: 10_000_00,
    costCents: 3_200_00,
    impressions: 9_800,
    clicks: 96,
    conversions: 4,
    revenueCents: 1_320_00,
    targetConversions: 30,
  });

  const feedback: FeedbackSeed[] = [
    {
      author: 'owner',
      category: 'SUGGESTION',
      severity: 'normal',
      message: 'Ce serait bien de pouvoir exporter les ventes du mois en Excel pour le comptable.',
      rating: 4,
      createdAt: algiersTime(addDays(now, -26), 21, 10),
    },
    {
      author: 'staff',
      category: 'BUG',
      severity: 'normal',
      message: "Le graphique des ventes ne s'affiche pas sur mon téléphone quand je le tourne.",
      rating: 3,
      createdAt: algiersTime(addDays(now, -12), 10, 42),
    },
    {
      author: 'owner',
      category: 'COMMENT',
      severity: 'low',
      message: 'Très pratique pour savoir ce qui manque avant la livraison du lundi. Bravo !',
      rating: 5,
      createdAt: algiersTime(addDays(now, -5), 22, 5),
    },
    {
      author: 'staff',
      category: 'SUGGESTION',
      severity: 'low',
      message: 'نتمنى إضافة تنبيه عندما يقترب تاريخ انتهاء صلاحية الياغورت',
      rating: null,
      createdAt: algiersTime(addDays(now, -3), 16, 20),
    },
  ];

  return { campaigns, content, feedback };
}
