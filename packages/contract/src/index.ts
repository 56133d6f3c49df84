/**
 * @tajer/contract: what the backend, the tools and the chat UI share, written once. Languages, the one formatter for
 * figures and dates (with bidi isolation for Arabic), the role rules, the expense totals' names, and the shared
 * vocabularies with their fr/ar/en words (expense and product categories, periods, channels, tones, units, wilayas), each tool's
 * result schema (`results/`) and the chat protocol (`chat-protocol.ts`), as zod schemas; the one text normaliser and
 * product resolver (`text/`, over fastest-levenshtein). The chat UI imports these sources directly (Vite alias), so
 * its bundle only takes what it uses.
 */
export * from './lang';
export * from './bidi';
export * from './format';
export * from './dates';
export * from './units';
export * from './access';
export * from './expense-totals';
export * from './expense-categories';
export * from './product-categories';
export * from './periods';
export * from './marketing';
export * from './wilayas';
export * from './payment-methods';
export * from './amounts';
export * from './results';
export * from './chat-protocol';
export * from './rest';
export * from './text/normalize';
export * from './text/product-resolver';
export * from './text/product-concepts';
export * from './text/name-phone';
export * from './text/sizes';
export * from './text/varieties';
