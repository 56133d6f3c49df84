import type { CueList, ToolSlots } from '../slots';

const CAMPAIGN_STATUS: CueList<'active' | 'paused' | 'completed' | 'draft'> = [
  [
    'active',
    [
      'actives',
      'active',
      'actifs',
      'actif',
      'en cours',
      'running',
      'live',
      'ongoing',
      'current',
      'نشطة',
      'النشطة',
      'الجارية',
      'جارية',
      'خدامين',
      'khadmin',
      'khedamin',
    ],
  ],
  ['paused', ['en pause', 'pause', 'suspendues', 'paused', 'stopped', 'متوقفة', 'الموقوفة', 'موقوفة', 'واقفين']],
  [
    'completed',
    ['terminées', 'terminee', 'finies', 'passées', 'finished', 'completed', 'ended', 'past', 'المنتهية', 'منتهية', 'كملو', 'kmlou'],
  ],
  ['draft', ['brouillon', 'brouillons', 'draft', 'drafts', 'مسودة', 'المسودات']],
];

export const marketingCampaignsSlots: ToolSlots = {
  // Words that name this tool almost on their own, whatever the rest of the sentence (a tie-breaker for the classifier).
  keywords: ['campagne', 'campagnes', 'campaign', 'campaigns', 'حملة', 'حملات', 'حملاتي', 'الحملات', 'الكومبانيات'],
  fill: (x) => {
    const status = x.firstCue(CAMPAIGN_STATUS);
    return { args: status ? { status } : {} };
  },
};
