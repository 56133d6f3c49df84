/** The REST answers' shared parts live in the contract (the chat UI parses the same schemas). */
export { Day, IsoDateTime, LocalizedStrict as Localized, pageFields } from '@tajer/contract';
