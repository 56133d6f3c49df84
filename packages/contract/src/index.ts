/**
 * @tajer/contract: what the backend, the tools and the chat UI share, written once. Languages, the one formatter for
 * figures and dates (with bidi isolation for Arabic), the units vocabulary, the role rules, the expense totals' names.
 * No runtime dependency: the chat UI imports these sources directly (Vite alias), so its bundle only takes what it uses.
 */
export * from './lang';
export * from './bidi';
export * from './format';
export * from './dates';
export * from './units';
export * from './access';
export * from './expense-totals';
