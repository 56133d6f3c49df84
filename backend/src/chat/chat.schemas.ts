/** The chat's client → server payloads: defined once in the protocol (`@tajer/contract`, chat-protocol.ts). */
import type { z } from 'zod';
import { DecidePayloadSchema, ResumePayloadSchema, SendMessagePayloadSchema, StopPayloadSchema } from '@tajer/contract';

export const SendMessageSchema = SendMessagePayloadSchema;
export type SendMessageDto = z.infer<typeof SendMessageSchema>;
export const ResumeSchema = ResumePayloadSchema;
export const StopSchema = StopPayloadSchema;
export const DecideSchema = DecidePayloadSchema;
export type DecideDto = z.infer<typeof DecideSchema>;
