import type { MessagePart } from '@tajer/contract';
import { AttachmentImage } from './AttachmentImage';
import { ClarificationView } from './ClarificationView';
import { MarkdownText } from './MarkdownText';
import { InLanguage } from '../tool-cards/InLanguage';
import { ToolPartView } from '../tool-cards/ToolPartView';

const plain = (s: string) =>
  s
    .replace(/[*_`>#\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Renders a message part by part, switching on the part type; tools are delegated to the tool-card registry. Tool
 * cards speak the message's language (`lang`), like the answer. A card whose summary the answer already says word for
 * word doesn't say it a second time.
 */
export function PartList({ parts, messageId, lang }: { parts: MessagePart[]; messageId: string; lang?: string | null }) {
  const said = parts.filter((p): p is Extract<MessagePart, { type: 'text' }> => p.type === 'text').map((p) => plain(p.text));
  const repeated = (summary: string | undefined) => !!summary && said.some((text) => text.includes(plain(summary)));
  return (
    <>
      {parts.map((part, i) => {
        switch (part.type) {
          case 'text':
            return <MarkdownText key={i} text={part.text} />;
          case 'attachment':
            return <AttachmentImage key={part.attachmentId} attachmentId={part.attachmentId} />;
          case 'tool':
            return (
              <InLanguage key={part.toolCallId} lang={lang}>
                <ToolPartView part={part} messageId={messageId} summaryInAnswer={repeated(part.summary)} />
              </InLanguage>
            );
          case 'clarification':
            return (
              <InLanguage key={i} lang={lang}>
                <ClarificationView clarification={part} />
              </InLanguage>
            );
          default:
            return null; // a part type newer than this UI: skip rather than crash
        }
      })}
    </>
  );
}
