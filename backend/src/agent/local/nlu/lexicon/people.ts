/**
 * (Arabic names that are also common words are left out: علي is also "on", حسن "good".)
 *
 * First names common in Algerian shops' notebooks, in Latin letters and Arabic script. They let the NLU find the
 * customer in "bi3t l ahmed 2 lait" or "بعت لأحمد 2 حليب", where no capital letter marks the name. Names not listed
 * are still found after a preposition ("à Lounes", "لـ يونس") when they are no product or ordinary word.
 */
export const FIRST_NAMES_LATIN = (
  'ahmed mohamed mohammed mohamed amine amine karim samir yacine yassine nadia fatima fatma khaled omar sofiane riad hocine hassan hussein rachid ' +
  'djamel jamel farid malik nabil salim walid yasmine amina meriem mariem sarah sara lynda linda hakim mourad said saïd abdelkader kader ' +
  'mustapha mostefa ali lounes lyes ilyes bilal hamza nassim redouane ridha reda zineb khadidja khadija houria naima leila leïla samira ' +
  'soraya kamel kamal youcef youssef aissa aïssa slimane sliman mehdi anis adel abdallah abdellah toufik tarek larbi brahim ibrahim ' +
  'messaoud moussa hamid rabah rabia malika zohra dalila farida ouahiba wahiba amel imane imene ines chahinez ' +
  // Names that start like Darija's glued article « l » (« Lamine paid it all » paid Amine's account).
  'lamine lakhdar lotfi lina lamia lila louiza lahcen lahouari laid elias elyes ' +
  // More of the notebooks' names (not Hichem nor Yazid: the tests find them in the shop's own customers).
  'amir ayoub badis chakib djamila fouad ismail karima mounir nacer nadir rafik samy tahar zakaria sabrina souad nawel rym rania'
)
  .split(/\s+/)
  .filter(Boolean);

export const FIRST_NAMES_ARABIC = (
  'أحمد احمد محمد أمين امين كريم سمير ياسين نادية فاطمة فطيمة خالد عمر سفيان رياض حسين رشيد جمال فريد مالك نبيل سليم وليد ياسمين ' +
  'أمينة امينة مريم سارة ليندة حكيم مراد سعيد عبد القادر قادة مصطفى لونيس إلياس الياس بلال حمزة نسيم رضوان رضا زينب خديجة حورية ' +
  'نعيمة ليلى سميرة ثريا كمال يوسف عيسى سليمان مهدي أنيس انيس عادل عبد الله توفيق طارق العربي إبراهيم ابراهيم مسعود موسى حميد رابح ' +
  'ربيعة مليكة زهرة دليلة فريدة وهيبة أمال امال إيمان ايمان إيناس شهيناز لمين الأمين لخضر لطفي لينا لمياء ' +
  // Not كريمة (cream), جميلة (beautiful), ريم, منير: words a product name may hold.
  'أيوب باديس شكيب فؤاد إسماعيل اسماعيل ناصر نذير رفيق سامي زكرياء صبرينة سعاد نوال رانية'
)
  .split(/\s+/)
  .filter(Boolean);

/** Titles before a name: "Mme Nadia", "Madame Fatima", "عمي صالح", "khalti Zohra". */
export const NAME_TITLES = [
  'mme',
  'madame',
  'mr',
  'monsieur',
  'mlle',
  'mademoiselle',
  'ammi',
  '3ammi',
  'khalti',
  'hadj',
  'el hadj',
  'hadja',
  'سي',
  'عمي',
  'خالتي',
  'الحاج',
  'الحاجة',
  'مدام',
];

/**
 * A customer, as the owner says it (« client », « customer », « كليان », « زبون »): after a number, people counted and no
 * goods (extractors/numbers.ts' PEOPLE); in a complaint, who complained (intent-cues/conversation.ts' A_CUSTOMER).
 */
export const CUSTOMER_NOUNS: readonly string[] = ['client', 'cliente', 'clients', 'customer', 'customers', 'klyan', 'كليان', 'زبون'];
