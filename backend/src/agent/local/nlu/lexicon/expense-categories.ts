import type { ExpenseCategory } from '@tajer/contract';

/**
 * Expense categories as users name them, mapped to the canonical French key stored with the expense (the keys are
 * EXPENSE_CATEGORIES of @tajer/contract: a cue for a key outside the list fails the type check). Multi-word cues are
 * matched on folded text. The labels are the contract's EXPENSE_CATEGORY_LABELS.
 */
export interface CategoryCue<K extends string = string> {
  key: K;
  cues: string[];
}

export const EXPENSE_CATEGORY_CUES: CategoryCue<ExpenseCategory>[] = [
  {
    key: 'loyer',
    cues: ['loyer', 'location du local', 'propriétaire', 'bail', 'rent', 'landlord', 'lease', 'إيجار', 'ايجار', 'كراء', 'الكراء', 'كرا', 'الكرا', 'lkra', 'kra', 'lkrá', 'el kra', 'kraa', 'mol dar', 'مول الدار'],
  },
  {
    key: 'électricité',
    cues: ['électricité', 'electricite', 'électrique', 'sonelgaz', 'courant', 'electricity', 'power bill', 'electric', 'كهرباء', 'الكهرباء', 'سونلغاز', 'سونلغاز', 'الضو', 'ضو', 'الضوء', 'dho', 'edhou', 'dhou', 'daw', 'trisiti', 'التريسيتي', 'تريسيتي'],
  },
  { key: 'eau', cues: ['eau', 'seaal', 'ade', 'water bill', 'water', 'ماء', 'مياه', 'الماء', 'الما', 'lma', 'facture d eau'] },
  { key: 'gaz', cues: ['gaz', 'bouteille de gaz', 'gas', 'غاز', 'الغاز', 'قاز', 'بوطة', 'bouta'] },
  { key: 'internet', cues: ['internet', 'wifi', 'wi-fi', 'adsl', 'fibre', '4g', 'idoom', 'إنترنت', 'انترنت', 'الانترنت', 'الإنترنت', 'لانترنت', 'ويفي'] },
  { key: 'téléphone', cues: ['téléphone', 'telephone', 'portable', 'recharge', 'flexy', 'mobilis', 'djezzy', 'ooredoo', 'phone', 'mobile', 'هاتف', 'الهاتف', 'تيليفون', 'التيليفون', 'فليكسي', 'تلفون', 'تليفون', 'tilifoun', 'flexi'] },
  {
    key: 'transport',
    cues: ['transport', 'livraison', 'livreur', 'taxi', 'fret', 'delivery', 'shipping', 'freight', 'courier', 'نقل', 'النقل', 'توصيل', 'التوصيل', 'الترانسبور', 'ترانسبور', 'طاكسي', 'الطاكسي', 'ليفرور', 'الليفرور', 'ليفريزون', 'livrour', 'livrisoun', 'transpor'],
  },
  {
    key: 'carburant',
    cues: ['carburant', 'essence', 'gasoil', 'gazoil', 'diesel', 'mazout', 'plein', 'fuel', 'petrol', 'gasoline', 'وقود', 'الوقود', 'بنزين', 'البنزين', 'مازوت', 'المازوت', 'ليسانس', 'الليسانس', 'ليصانص', 'gazwal', 'lessence', 'l essence', 'sans plomb'],
  },
  {
    key: 'salaires',
    cues: ['salaire', 'salaires', 'fiche de paie', 'la paie', 'employé', 'employés', 'vendeur', 'ouvrier', 'salary', 'salaries', 'wages', 'wage', 'payroll', 'staff', 'employee', 'employees', 'رواتب', 'الرواتب', 'راتب', 'أجور', 'اجور', 'الأجور', 'العمال', 'خدامين', 'الخدامين', 'الخلصة', 'lkhdamin', 'khdamin', 'lkhlas', 'khlas', 'cho7ri', 'الشهرية', 'chahria'],
  },
  {
    key: 'fournitures',
    cues: ['fournitures', 'fourniture', 'papeterie', 'sacs plastiques', 'sachets', 'office supplies', 'supplies', 'stationery', 'plastic bags', 'لوازم', 'اللوازم', 'أدوات مكتبية', 'ادوات', 'فورنيتير', 'الفورنيتير', 'أكياس بلاستيكية', 'اكياس بلاستيكيه', 'شكاير البلاستيك', 'chkayer plastique'],
  },
  {
    key: 'marchandises',
    cues: ['marchandise', 'marchandises', 'grossiste', 'fournisseur', 'achat de stock', 'réassort', 'goods', 'wholesaler', 'supplier', 'stock purchase', 'inventory purchase', 'بضاعة', 'البضاعة', 'بضائع', 'البضائع', 'سلعة', 'السلعة', 'الغروسيست', 'غروسيست', 'تاجر الجملة', 'المورد', 'الفورنيسور', 'sel3a', 'grossist'],
  },
  {
    key: 'entretien',
    cues: ['entretien', 'réparation', 'reparation', 'réparer', 'plombier', 'électricien', 'nettoyage', 'ménage', 'peinture', 'maintenance', 'repair', 'repairs', 'fixing', 'plumber', 'cleaning', 'صيانة', 'الصيانة', 'تصليح', 'إصلاح', 'اصلاح', 'سباك', 'للسباك', 'السباك', 'بلومبي', 'للبلومبي', 'تنظيف', 'النظافة', 'نظافة', 'sala7t', 'tesli7', 'plombier', 'صلحت'],
  },
  { key: 'taxes', cues: ['taxe', 'taxes', 'impôt', 'impôts', 'impot', 'impots', 'tva', 'g50', 'ifu', 'tax', 'taxes', 'ضريبة', 'الضريبة', 'ضرائب', 'الضرائب', 'الضرايب', 'لامبو', 'l impot', 'limpot'] },
  { key: 'assurance', cues: ['assurance', 'insurance', 'cnas', 'casnos', 'تأمين', 'التأمين', 'لاسورونس', 'assurence'] },
  { key: 'emballage', cues: ['emballage', 'emballages', 'packaging', 'تغليف', 'التغليف'] },
  { key: 'publicité', cues: ['publicité', 'pub', 'sponsoring', 'affiches publicitaires', 'flyers', 'advertising', 'ads', 'إعلان', 'اشهار', 'إشهار', 'الإشهار', 'بوبليسيتي'] },
  { key: 'banque', cues: ['banque', 'frais bancaires', 'agios', 'bank fees', 'bank', 'بنك', 'البنك', 'الفوائد البنكية'] },
];
