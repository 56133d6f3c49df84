/** A decision on a proposed tool call (over the socket and REST): defined once in the chat protocol (@tajer/contract). */
import { DecidePayloadSchema, type DecidePayload } from '@tajer/contract';

export const DecideSchema = DecidePayloadSchema;
export type DecideDto = DecidePayload;
