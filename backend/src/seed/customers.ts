/**
 * The shop's known customers (loyalty card / WhatsApp orders): mostly neighbours from Algiers, some commuters from the
 * surrounding wilayas. Their mix of wilaya, age band and acquisition channel is what audience insights segment on.
 */
import { Rng } from './prng';
import { addDays, DateRange, DAY_MS } from './calendar';

export const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55+'] as const;
export const ACQUISITION_CHANNELS = ['bouche-à-oreille', 'facebook', 'instagram', 'passage', 'whatsapp'] as const;

export const ALGIERS_WILAYAS: [string, number][] = [
  ['Alger', 68],
  ['Blida', 8],
  ['Boumerdès', 7],
  ['Tipaza', 5],
  ['Tizi Ouzou', 4],
  ['Oran', 2],
  ['Constantine', 2],
  ['Béjaïa', 1.5],
  ['Sétif', 1.5],
  ['Médéa', 1],
];

const AGE_WEIGHTS: [string, number][] = [
  ['18-24', 12],
  ['25-34', 30],
  ['35-44', 27],
  ['45-54', 18],
  ['55+', 13],
];

const MALE = [
  'Mohamed',
  'Ahmed',
  'Yacine',
  'Karim',
  'Amine',
  'Sofiane',
  'Rachid',
  'Mourad',
  'Nassim',
  'Walid',
  'Bilal',
  'Hamza',
  'Samir',
  'Djamel',
  'Farid',
  'Abdelkader',
  'Mehdi',
  'Anis',
  'Riad',
  'Lyes',
  'Khaled',
  'Omar',
  'Redouane',
  'Fayçal',
  'Hichem',
  'Said',
  'Mustapha',
  'Noureddine',
  'Abderrahmane',
  'Ilyes',
  'Adel',
  'Toufik',
  'Yazid',
  'Salim',
  'Islam',
];
const FEMALE = [
  'Amina',
  'Fatima',
  'Nadia',
  'Samira',
  'Lynda',
  'Meriem',
  'Sarah',
  'Imane',
  'Yasmine',
  'Khadidja',
  'Soumia',
  'Nesrine',
  'Asma',
  'Houria',
  'Dalila',
  'Rym',
  'Lamia',
  'Feriel',
  'Wafa',
  'Hanane',
  'Kenza',
  'Nawel',
  'Amel',
  'Zineb',
  'Sabrina',
  'Leila',
  'Fella',
  'Chahinez',
  'Malika',
  'Naima',
  'Souad',
  'Ines',
  'Lilia',
  'Rania',
  'Djamila',
];
const LAST = [
  'Benali',
  'Belkacem',
  'Bouzid',
  'Haddad',
  'Mansouri',
  'Saidi',
  'Amrani',
  'Boudiaf',
  'Cherif',
  'Djebbar',
  'Ferhat',
  'Guendouz',
  'Hamidi',
  'Khelifi',
  'Larbi',
  'Meziane',
  'Nait Ali',
  'Ouali',
  'Rahmani',
  'Slimani',
  'Taleb',
  'Yahiaoui',
  'Zerrouki',
  'Benmoussa',
  'Boukhalfa',
  'Chaouche',
  'Dahmani',
  'Hadjadj',
  'Kaci',
  'Lounis',
  'Mebarki',
  'Bensalem',
  'Aït Ahmed',
  'Bouchama',
  'Guerroudj',
  'Hamadouche',
  'Belhadj',
  'Kherbache',
  'Messaoudi',
  'Touati',
  'Benyahia',
  'Bouaziz',
  'Hamdi',
  'Ziani',
  'Ait Kaci',
  'Benaissa',
  'Mokrani',
  'Bourahla',
  'Sahraoui',
  'Tebboune',
];
const EMAIL_DOMAINS: [string, number][] = [
  ['gmail.com', 70],
  ['yahoo.fr', 15],
  ['hotmail.com', 10],
  ['outlook.fr', 5],
];

export interface CustomerSeed {
  name: string;
  phone: string;
  email: string | null;
  wilaya: string;
  ageBand: string;
  channel: string;
  createdAt: Date;
  /** How often this customer shops here relative to others (a few regulars make most of the visits). */
  loyalty: number;
}

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

/** Mobile numbers as printed in Algeria: 05 (Ooredoo), 06 (Mobilis), 07 (Djezzy) then four pairs. */
function phoneNumber(rng: Rng): string {
  const operator = rng.weighted<string>([
    ['05', 30],
    ['06', 32],
    ['07', 38],
  ]);
  const pairs = [rng.int(40, 99), rng.int(0, 99), rng.int(0, 99), rng.int(0, 99)].map((n) => String(n).padStart(2, '0'));
  return `${operator} ${pairs.join(' ')}`;
}

/**
 * `count` customers, sorted by the date they became known: ~55 % were already customers when the window opened,
 * the rest joined over the year (more of them arrive through social media lately, as the campaigns started).
 */
export function generateCustomers(
  rng: Rng,
  window: DateRange,
  options: { count?: number; wilayas?: [string, number][] } = {},
): CustomerSeed[] {
  const count = options.count ?? 500;
  const wilayas = options.wilayas ?? ALGIERS_WILAYAS;
  const spanDays = Math.round((window.end.getTime() - window.start.getTime()) / DAY_MS);
  const phones = new Set<string>();
  const emails = new Set<string>();
  const customers: CustomerSeed[] = [];
  for (let i = 0; i < count; i++) {
    const female = rng.chance(0.52);
    const first = rng.pick(female ? FEMALE : MALE);
    const last = rng.pick(LAST);
    const existing = rng.chance(0.55);
    const createdAt = existing
      ? addDays(window.start, -rng.int(30, 900))
      : addDays(window.start, Math.floor(Math.pow(rng.next(), 0.8) * (spanDays - 1)));
    const joinedRecently = !existing && createdAt > addDays(window.end, -150);
    const channel = rng.weighted<string>(
      joinedRecently
        ? [
            ['passage', 22],
            ['bouche-à-oreille', 20],
            ['facebook', 28],
            ['instagram', 16],
            ['whatsapp', 14],
          ]
        : [
            ['passage', 38],
            ['bouche-à-oreille', 30],
            ['facebook', 14],
            ['instagram', 6],
            ['whatsapp', 12],
          ],
    );
    let phone = phoneNumber(rng);
    while (phones.has(phone)) phone = phoneNumber(rng);
    phones.add(phone);
    let email: string | null = null;
    if (rng.chance(0.35)) {
      const base = `${ascii(first)}.${ascii(last)}`;
      let candidate = `${base}@${rng.weighted(EMAIL_DOMAINS)}`;
      for (let n = 2; emails.has(candidate); n++) candidate = `${base}${n}@${rng.weighted(EMAIL_DOMAINS)}`;
      emails.add(candidate);
      email = candidate;
    }
    customers.push({
      name: `${first} ${last}`,
      phone,
      email,
      wilaya: rng.weighted(wilayas),
      ageBand: rng.weighted(AGE_WEIGHTS),
      channel,
      createdAt,
      // Pareto-like: a handful of daily regulars, a long tail of occasional shoppers.
      loyalty: Math.pow(rng.next(), 3) * 20 + 0.2,
    });
  }
  return customers.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
