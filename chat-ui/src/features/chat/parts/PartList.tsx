import type { MessagePart } from '@protocol/chat-events';
import { AttachmentImage } from './AttachmentImage';
import { ClarificationView } from './ClarificationView';
import { MarkdownText } from './MarkdownText';
import { ToolPartView } from '../tool-cards/ToolPartView';

/** Renders a message part by part, switching on the part type; tools are delegated to the tool-card registry. */
export function PartList({ parts, messageId }: { parts: MessagePart[]; messageId: string }) {
  return (
    <>
      {parts.map((part, i) => {
        switch (part.type) {
          case 'text':
            return <MarkdownText key={i} text={part.text} />;
          case 'attachment':
            return <AttachmentImage key={part.attachmentId} attachmentId={part.attachmentId} />;
          case 'tool':
            return <ToolPartView key={part.toolCallId} part={part} messageId={messageId} />;
          case 'clarification':
            return <ClarificationView key={i} clarification={part} />;
          default:
            return null; // a part type newer than this UI: skip rather than crash
        }
      })}
    </>
  );
}
