import { cueRegex, foldForCues } from './extractors/cue-regex';
import { extractNumbers } from './extractors/numbers';

/**
 * Light keyword evidence added to the classifier's scores: a few words decide an intent almost on
 * their own in this domain ("concurrents", "rupture", "تنبيه"), whatever the rest of the sentence.
 * Kept small on purpose: it only breaks ties the statistical models leave open.
 */
const CUES: [string, RegExp][] = [
  ['market_competitors', cueRegex(['concurrent', 'concurrents', 'concurrence', 'compétiteurs', 'competitor', 'competitors', 'competition', 'منافس', 'المنافسين', 'المنافسون', 'المنافسة', 'منافسين', 'الكونكيرو', 'concurrents', 'ljiran', 'الجيران'])],
  ['dashboard_alerts', cueRegex(['alerte', 'alertes', 'alert', 'alerts', 'تنبيه', 'تنبيهات', 'التنبيهات', 'الألارت', 'الألارتات', 'notification', 'notifications', 'إشعارات', 'اشعارات', 'warnings', 'avertissements'])],
  ['market_report', cueRegex(['rapport', 'rapports', 'report', 'reports', 'تقرير', 'تقريرا', 'رابور', 'étude de marché', 'market study', 'دراسة'])],
  ['marketing_campaigns', cueRegex(['campagne', 'campagnes', 'campaign', 'campaigns', 'حملة', 'حملات', 'حملاتي', 'الحملات', 'الكومبانيات'])],
  ['feedback_submit', cueRegex(['bug', 'bugs', 'beug', 'crash', 'plante', 'suggestion', 'feedback', 'appli', 'application', 'app', 'تطبيق', 'التطبيق', 'الأبليكاسيون', 'l appli', 'l application'])],
  ['marketing_audience_insights', cueRegex(['audience', 'clientèle', 'segments', 'جمهور', 'الجمهور', 'شرائح'])],
  ['market_trends', cueRegex(['tendance', 'tendances', 'trend', 'trends', 'trending', 'اتجاهات', 'توجهات', 'الترند'])],
];

/** Stock running out: an inventory question unless alerts are named. */
const LOW_STOCK = cueRegex(['rupture', 'épuisé', 'épuisés', 'running low', 'run out', 'out of stock', 'low on stock', 'النفاد', 'نفاد', 'نفدت', 'تكمل', 'قربت تكمل', '9rib tkmel', 'stock faible']);
const EXPENSE = cueRegex(['dépense', 'dépenses', 'dépensé', 'frais', 'charges', 'expense', 'expenses', 'spent', 'spend', 'مصروف', 'مصاريف', 'المصاريف', 'أنفقت', 'انفقت', 'صرفت', 'نفقات', 'masrouf', 'masarif', 'sraft']);

export const KEYWORD_WEIGHT = 0.25;

export function keywordEvidence(text: string): Map<string, number> {
  const folded = foldForCues(text);
  const out = new Map<string, number>();
  for (const [intent, re] of CUES) if (re.test(folded)) out.set(intent, KEYWORD_WEIGHT);
  if (LOW_STOCK.test(folded) && !out.has('dashboard_alerts')) out.set('inventory_search', KEYWORD_WEIGHT);
  if (EXPENSE.test(folded)) {
    const amount = extractNumbers(text).some((n) => !n.weak && (n.currency || n.value >= 50));
    out.set(amount ? 'expenses_add' : 'expenses_list', KEYWORD_WEIGHT);
  }
  return out;
}
