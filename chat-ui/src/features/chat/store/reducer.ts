import type { ServerEvent } from '@tajer/contract';
import type { ChatAction, ChatState, ConversationSnapshot, ConversationState, OutboxItem, ToolPart, UiMessage } from './types';

/**
 * The chat store's only writer: socket events, REST snapshots and the outbox all go through this pure function, so
 * ordering, de-duplication and gap handling are decided in one tested place.
 */
export function initialChatState(outbox: OutboxItem[] = []): ChatState {
  return { conversations: {}, outbox, drafts: {}, connection: 'idle' };
}

export function emptyConversation(id: string): ConversationState {
  return { id, lastSeq: 0, messages: [], pending: [], resume: 'idle', stopping: false };
}

export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case 'conversation/loaded':
      return loadSnapshot(state, action.conversation);
    case 'conversation/removed': {
      const { [action.conversationId]: _removed, ...rest } = state.conversations;
      return { ...state, conversations: rest, outbox: state.outbox.filter((i) => i.conversationId !== action.conversationId) };
    }
    case 'conversation/renamed':
      return patch(state, action.conversationId, (c) => ({ ...c, title: action.title }));
    case 'server/event':
      return receive(state, action.event);
    case 'resume/needed':
      // From idle (a gap) or inflight (the resume timed out): ask again.
      return patch(state, action.conversationId, (c) => (c.resume === 'idle' || c.resume === 'inflight' ? { ...c, resume: 'needed' } : c));
    case 'resume/requested':
      return patch(state, action.conversationId, (c) => ({ ...c, resume: 'inflight' }));
    case 'resume/done':
      // The server says it has events we still haven't applied: the replay lost some, only a snapshot can fix that.
      return patch(state, action.conversationId, (c) => ({
        ...c,
        resume: c.lastSeq < action.lastSeq ? 'reload' : c.pending.length ? 'needed' : 'idle',
      }));
    case 'resume/failed':
      return patch(state, action.conversationId, (c) => ({ ...c, resume: 'reload' }));
    case 'stop/requested':
      return patch(state, action.conversationId, (c) => ({ ...c, stopping: true }));
    case 'outbox/enqueued':
      if (state.outbox.some((i) => i.clientMessageId === action.item.clientMessageId)) return state;
      return { ...state, outbox: [...state.outbox, action.item] };
    case 'outbox/sending':
      return mapOutbox(state, (i) => (i.clientMessageId === action.clientMessageId ? { ...i, state: 'sending', error: undefined } : i));
    case 'outbox/acked':
      return acked(state, action.clientMessageId, action.conversationId, action.messageId);
    case 'outbox/requeued':
      // Without ids: everything in flight (the connection dropped). With ids: those messages, e.g. a retry after a refusal.
      return mapOutbox(state, (i) =>
        (action.clientMessageIds ? action.clientMessageIds.includes(i.clientMessageId) && i.state !== 'sent' : i.state === 'sending')
          ? { ...i, state: 'queued', error: undefined }
          : i,
      );
    case 'outbox/failed':
      return mapOutbox(state, (i) => (i.clientMessageId === action.clientMessageId ? { ...i, state: 'failed', error: action.error } : i));
    case 'outbox/discarded':
      return { ...state, outbox: state.outbox.filter((i) => i.clientMessageId !== action.clientMessageId) };
    case 'connection/changed':
      return connectionChanged(state, action.state);
  }
}

function connectionChanged(state: ChatState, connection: ChatState['connection']): ChatState {
  if (connection === state.connection) return state;
  let next: ChatState = { ...state, connection };
  if (connection !== 'online') {
    // An ack that never comes is indistinguishable from a lost message: send again (same clientMessageId) later.
    next = chatReducer(next, { type: 'outbox/requeued' });
    next = mapConversations(next, (c) => (c.resume === 'inflight' ? { ...c, resume: 'needed' } : c));
  } else {
    // Whatever was emitted while we were away must be replayed from each conversation's last seq.
    next = mapConversations(next, (c) => (c.resume === 'idle' ? { ...c, resume: 'needed' } : c));
  }
  return next;
}

function loadSnapshot(state: ChatState, snap: ConversationSnapshot): ChatState {
  const existing = state.conversations[snap.id];
  // A snapshot older than what live events already gave us would roll the conversation back; keep ours.
  if (existing && existing.lastSeq > snap.lastSeq) {
    return patch(state, snap.id, (c) => ({ ...c, title: snap.title ?? c.title, resume: c.resume === 'reload' ? 'needed' : c.resume }));
  }
  let conv: ConversationState = {
    ...(existing ?? emptyConversation(snap.id)),
    title: snap.title ?? existing?.title,
    lastSeq: snap.lastSeq,
    messages: snap.messages.map((m) => ({ ...m })),
    pending: (existing?.pending ?? []).filter((e) => e.seq > snap.lastSeq),
    // Resuming from the snapshot's seq both catches up and subscribes this socket to the conversation.
    resume: 'needed',
    stopping: false,
  };
  let next = echoed({ ...state, conversations: { ...state.conversations, [snap.id]: conv } }, conv.messages, snap.id);
  ({ conv, state: next } = drain(conv, next));
  return { ...next, conversations: { ...next.conversations, [snap.id]: conv } };
}

function receive(state: ChatState, event: ServerEvent): ChatState {
  const conv = state.conversations[event.conversationId] ?? emptyConversation(event.conversationId);
  if (event.seq <= conv.lastSeq) return state; // already applied (replay overlap, duplicate delivery)
  if (event.seq > conv.lastSeq + 1) {
    // A gap: hold the event and ask the server for what's missing.
    if (conv.pending.some((e) => e.seq === event.seq)) return state;
    const pending = [...conv.pending, event].sort((a, b) => a.seq - b.seq);
    const next: ConversationState = { ...conv, pending, resume: conv.resume === 'idle' ? 'needed' : conv.resume };
    return { ...state, conversations: { ...state.conversations, [conv.id]: next } };
  }
  let c = apply(conv, event);
  let next = event.type === 'message.accepted' ? echoed(state, [event.message], conv.id) : state;
  ({ conv: c, state: next } = drain(c, next));
  return { ...next, conversations: { ...next.conversations, [conv.id]: c } };
}

function drain(conv: ConversationState, state: ChatState): { conv: ConversationState; state: ChatState } {
  let c = conv;
  let s = state;
  while (c.pending.length && c.pending[0].seq <= c.lastSeq + 1) {
    const [head, ...rest] = c.pending;
    c = { ...c, pending: rest };
    if (head.seq <= c.lastSeq) continue;
    c = apply(c, head);
    if (head.type === 'message.accepted') s = echoed(s, [head.message], c.id);
  }
  return { conv: c, state: s };
}

/** Applies one in-order event (seq === lastSeq + 1). */
function apply(conv: ConversationState, event: ServerEvent): ConversationState {
  const c = { ...conv, lastSeq: event.seq };
  switch (event.type) {
    case 'message.accepted': {
      let messages = upsertMessage(c.messages, { ...event.message });
      const assistant = messages.find((m) => m.id === event.assistantMessageId);
      // Start the answer from empty even if a snapshot had a partial one: the replay re-sends every delta from here.
      if (!assistant || assistant.status === 'streaming' || assistant.status === 'pending') {
        messages = upsertMessage(messages, {
          id: event.assistantMessageId,
          conversationId: c.id,
          role: 'assistant',
          status: 'streaming',
          text: '',
          parts: [],
          // The answer is written in the question's language (the server decides both at once): its cards are too.
          language: event.message.language ?? null,
          createdAt: event.at,
        });
      }
      return { ...c, messages, error: undefined };
    }
    case 'message.delta':
      return updateMessage(c, event.messageId, event.at, (m) => {
        const parts = [...m.parts];
        const last = parts[parts.length - 1];
        if (last?.type === 'text') parts[parts.length - 1] = { type: 'text', text: last.text + event.delta };
        else parts.push({ type: 'text', text: event.delta });
        return { ...m, text: m.text + event.delta, parts, status: m.status === 'pending' ? 'streaming' : m.status };
      });
    case 'tool.started':
      return updateTool(c, event.messageId, event.at, event.toolCallId, (p) => ({
        ...p,
        name: event.name,
        kind: event.kind,
        args: event.args,
        state: 'running',
      }));
    case 'tool.finished':
      return updateTool(c, event.messageId, event.at, event.toolCallId, (p) => ({
        ...p,
        name: event.name,
        state: event.status,
        summary: event.summary ?? p.summary,
        result: event.result,
        error: event.error,
        durationMs: event.durationMs,
        ...(event.clarification ? { clarification: event.clarification } : {}),
      }));
    case 'approval.required':
      return updateTool(c, event.messageId, event.at, event.toolCallId, (p) => ({
        ...p,
        name: event.name,
        kind: 'write',
        args: event.args,
        state: 'awaiting-approval',
        proposal: event.proposal,
      }));
    case 'approval.resolved':
      return updateTool(c, event.messageId, event.at, event.toolCallId, (p) => ({
        ...p,
        args: event.args ?? p.args,
        // An edit comes with the change recomputed from the edited arguments: the card shows what is applied.
        proposal: event.proposal ?? p.proposal,
        // Approved or edited: the write now runs and a tool.finished follows.
        state: event.decision === 'rejected' ? 'rejected' : 'running',
      }));
    case 'message.completed': {
      const messages = upsertMessage(c.messages, { ...event.message });
      return { ...c, messages, stopping: stillGenerating(messages) && c.stopping };
    }
    case 'error': {
      const error = { code: event.code, message: event.message };
      const failed = (m: UiMessage): UiMessage => ({
        ...m,
        status: 'failed',
        error,
        parts: m.parts.map((p) =>
          p.type === 'tool' && (p.state === 'running' || p.state === 'awaiting-approval') ? { ...p, state: 'failed' } : p,
        ),
      });
      const messages = c.messages.map((m) =>
        (event.messageId ? m.id === event.messageId : m.role === 'assistant' && isActive(m)) ? failed(m) : m,
      );
      return { ...c, messages, stopping: false, error: event.messageId ? c.error : error };
    }
  }
}

const isActive = (m: UiMessage) => m.status === 'streaming' || m.status === 'pending';
const stillGenerating = (messages: UiMessage[]) => messages.some((m) => m.role === 'assistant' && isActive(m));

function upsertMessage(messages: UiMessage[], message: UiMessage): UiMessage[] {
  const i = messages.findIndex((m) => m.id === message.id);
  if (i === -1) return [...messages, message];
  const next = [...messages];
  next[i] = message;
  return next;
}

/** Updates a message, creating the assistant message if its `message.accepted` was never seen (e.g. a snapshot race). */
function updateMessage(c: ConversationState, id: string, at: string, fn: (m: UiMessage) => UiMessage): ConversationState {
  const existing = c.messages.find((m) => m.id === id);
  const base: UiMessage = existing ?? {
    id,
    conversationId: c.id,
    role: 'assistant',
    status: 'streaming',
    text: '',
    parts: [],
    createdAt: at,
  };
  return { ...c, messages: upsertMessage(c.messages, fn(base)) };
}

function updateTool(
  c: ConversationState,
  messageId: string,
  at: string,
  toolCallId: string,
  fn: (p: ToolPart) => ToolPart,
): ConversationState {
  return updateMessage(c, messageId, at, (m) => {
    const i = m.parts.findIndex((p) => p.type === 'tool' && p.toolCallId === toolCallId);
    const base: ToolPart =
      i === -1 ? { type: 'tool', toolCallId, name: '', kind: 'read', args: {}, state: 'running' } : (m.parts[i] as ToolPart);
    const parts = [...m.parts];
    if (i === -1) parts.push(fn(base));
    else parts[i] = fn(base);
    return { ...m, parts };
  });
}

function acked(state: ChatState, clientMessageId: string, conversationId: string, messageId: string): ChatState {
  const item = state.outbox.find((i) => i.clientMessageId === clientMessageId);
  if (!item) return state;
  const echoed = state.conversations[conversationId]?.messages.some((m) => m.id === messageId);
  const drafts = { ...state.drafts, [item.threadKey]: conversationId };
  const outbox = state.outbox
    .filter((i) => !(echoed && i.clientMessageId === clientMessageId))
    .map((i) => {
      // Later messages typed in the same new conversation must go to the conversation the server just created.
      const sameThread = i.threadKey === item.threadKey ? { ...i, conversationId } : i;
      return i.clientMessageId === clientMessageId ? { ...sameThread, state: 'sent' as const, messageId } : sameThread;
    });
  return { ...state, outbox, drafts };
}

/** The server echoed these messages: drop their optimistic copies, remembering which conversation a draft became. */
function echoed(state: ChatState, messages: UiMessage[], conversationId: string): ChatState {
  if (!state.outbox.length) return state;
  const ids = new Set(messages.map((m) => m.id));
  const clientIds = new Set(messages.map((m) => m.clientMessageId).filter(Boolean));
  const isEcho = (i: OutboxItem) => clientIds.has(i.clientMessageId) || (!!i.messageId && ids.has(i.messageId));
  const gone = state.outbox.filter(isEcho);
  if (!gone.length) return state;
  const drafts = { ...state.drafts };
  for (const i of gone) if (i.threadKey !== conversationId) drafts[i.threadKey] = conversationId;
  return { ...state, drafts, outbox: state.outbox.filter((i) => !isEcho(i)) };
}

function patch(state: ChatState, id: string, fn: (c: ConversationState) => ConversationState): ChatState {
  const c = state.conversations[id];
  if (!c) return state;
  const next = fn(c);
  return next === c ? state : { ...state, conversations: { ...state.conversations, [id]: next } };
}

function mapConversations(state: ChatState, fn: (c: ConversationState) => ConversationState): ChatState {
  const conversations: Record<string, ConversationState> = {};
  for (const [id, c] of Object.entries(state.conversations)) conversations[id] = fn(c);
  return { ...state, conversations };
}

function mapOutbox(state: ChatState, fn: (i: OutboxItem) => OutboxItem): ChatState {
  return { ...state, outbox: state.outbox.map(fn) };
}
