import { fold } from '../normalize';

/**
 * Free-text arguments (marketing topic, report topic, reason) are cut out of the user's own words,
 * keeping their accents and case: everything that is an instruction word is dropped and what is
 * left after the last one is the topic ("Écris un post Facebook pour la promo de l'Aïd" → "promo de l'Aïd").
 */
export interface RawToken {
  raw: string;
  folded: string;
  start: number;
  end: number;
}

export function rawTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ raw: m[0], folded: fold(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

const list = (s: string) =>
  s
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => fold(w));

/** Words that are instructions, never part of a topic. */
const INSTRUCTION_WORDS = new Set(
  list(`
    ecris ecrire ecrit redige rediger fais faire fait prepare preparer cree creer genere generer compose composer envoie envoyer
    publie publier propose donne donnez trouve imagine mets mettre met moi me m nous lui
    annoncer annonce annoncant presenter presente promouvoir promouvoir faire connaitre
    post poste posts publication publications message messages msg sms texto textos email mail mails courriel caption legende
    annonce pub publicite texte statut story stories newsletter tweet flyer affiche campagne slogan contenu
    facebook fb insta instagram whatsapp watsap ig
    clients client clientele abonnes followers fideles fidele habitues
    write draft make create compose send generate prepare give do post announce announcing introduce introducing promote promoting
    ad advert blast text caption status update customers customer followers subscribers loyal short quick nice
    now same thing again also
    اكتب أكتب اكتبي اكتبلي كتبلي حضر حضري أنشئ انشئ ارسل أرسل ابعث اعطني أعطني ديرلي دير صاوب اعمل أعد اعد
    منشور منشورا منشورات رسالة رساله رسائل إعلان اعلان إعلانا اعلانا تعليق بوست ميساج مساج بريد إلكتروني الكتروني بريدا إلكترونيا
    الكترونيا نصية نصيه قصيرة قصيره واتساب فيسبوك انستغرام إنستغرام انستا sms
    الزبائن للزبائن زبائني لزبائني الكليان للكليان كليان العملاء للعملاء
    للإعلان للاعلان لإعلان لاعلان لتقديم للتعريف
    ekteb kteb ktebli ekteblii kteblii dirli dir ab3at ab3ath sifet wajed wajedli
    zbayen zbayni clients
    en arabe francais anglais darija arabic french english بالعربية بالفرنسية بالدارجة بالانجليزية
    drole sympa festif professionnel urgent funny friendly festive professional humorous ton tone style langue language
    stp svp plait please merci thanks عافاك 3afak من فضلك
  `),
);

/** Words that may open or close a topic but never stand alone ("pour la", "about our"). */
const EDGE_WORDS = new Set(
  list(`
    pour sur de du des d la le les l un une a au aux à en avec concernant propos sujet theme qui que et ou par avant valeur
    about for on the an a our my of to with regarding re and your their its this that
    nos notre mes ma mon votre vos ses leur leurs ce cette ces
    عن على حول ل ب بمناسبة في من و بخصوص
    3la ta3 3an f fi el l w bach ala
    s il te plait vous
  `),
);

function trimEdges(tokens: RawToken[]): RawToken[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && EDGE_WORDS.has(tokens[a].folded)) a += 1;
  while (b > a && EDGE_WORDS.has(tokens[b - 1].folded)) b -= 1;
  return tokens.slice(a, b);
}

/** Drops a glued Arabic preposition from the topic's first word ("لتخفيضات" → "تخفيضات"). */
function stripLeadingProclitic(span: string): string {
  return span.replace(/^(?:ل|ب)(?=[\u0600-\u06FF]{3,})/, '');
}

/**
 * The free-text topic of an instruction, as typed. `extraInstructionWords` adds per-tool words
 * (e.g. "rapport", "marché" for reports).
 */
export function topicSpan(text: string, extraInstructionWords: ReadonlySet<string> = new Set()): string | undefined {
  const tokens = rawTokens(text);
  const isInstruction = (t: RawToken) => INSTRUCTION_WORDS.has(t.folded) || extraInstructionWords.has(t.folded);
  const runs: RawToken[][] = [];
  let current: RawToken[] = [];
  for (const t of tokens) {
    if (isInstruction(t)) {
      if (current.length) runs.push(current);
      current = [];
    } else current.push(t);
  }
  if (current.length) runs.push(current);
  const meaningful = runs.map(trimEdges).filter((r) => r.length > 0);
  if (!meaningful.length) return undefined;
  // The run after the last instruction word is the topic; otherwise the longest run.
  const lastInstruction = [...tokens].reverse().find(isInstruction);
  const after = meaningful.filter((r) => !lastInstruction || r[0].start > lastInstruction.start);
  const chosen = after.length ? after[after.length - 1] : meaningful.reduce((a, b) => (b.length > a.length ? b : a));
  const span = text.slice(chosen[0].start, chosen[chosen.length - 1].end).trim();
  return span ? stripLeadingProclitic(span) : undefined;
}

/** A reason given after a marker ("…, ils sont abîmés", "because they expired", "لأنها تالفة"). */
export function reasonSpan(text: string): string | undefined {
  const m =
    /(?:,(?!\d)|;|\bcar\b|\bparce que\b|\bbecause\b|\bsince\b|\bpour cause\b|لأن|لان|بسبب|\brahom\b|\brahoum\b|راهم)\s*(.+)$/iu.exec(text);
  const span = m?.[1]?.replace(/[.!?؟]+$/u, '').trim();
  return span && span.length > 1 ? span : undefined;
}

/** The message without a leading label ("Suggestion : …", "Bug: …"). */
export function messageSpan(text: string): string {
  return (
    text.replace(/^\s*(suggestion|bug|remarque|commentaire|comment|idée|idea|feedback|avis|اقتراح|ملاحظة)\s*[:：-]\s*/iu, '').trim() ||
    text.trim()
  );
}
