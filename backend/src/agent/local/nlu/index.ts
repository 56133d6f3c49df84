export { Nlu, CONVERSATION_INTENTS, type NluTool } from './understand';
export { IntentClassifier, type Classification, type LabelledUtterance } from './intent-classifier';
export { detectLanguage } from './language';
export { extractNumbers, extractAmount, type NumberMention } from './extractors/numbers';
export { extractPeriod, extractDate, type Period } from './extractors/period';
export { ProductMatcher, type ProductMatch } from './extractors/product';
export { extractExpenseCategory, extractMarketCategory } from './extractors/categories';
export {
  extractChannel,
  extractTone,
  extractContentLanguage,
  extractFeedbackCategory,
  isLowStockQuestion,
  stockDirection,
} from './extractors/cues';
export { topicSpan, reasonSpan } from './extractors/spans';
export { signedQuantity } from './slot-filler';
export * from './types';
