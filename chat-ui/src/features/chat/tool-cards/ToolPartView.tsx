import { Component, type ReactNode } from 'react';
import { useLang } from '../../../i18n';
import type { ToolPart } from '../store/types';
import { ClarificationView } from '../parts/ClarificationView';
import { ApprovalPanel } from './ApprovalPanel';
import { GenericToolCard } from './GenericToolCard';
import { resultCards } from './registry';

/**
 * One generic card for every tool; a custom body when the registry knows the tool and recognises its result; the
 * approval panel whenever a write tool proposed a change. No per-tool `if` here.
 */
export function ToolPartView({ part, summaryInAnswer = false }: { part: ToolPart; messageId: string; summaryInAnswer?: boolean }) {
  const lang = useLang();
  // The tool stopped to ask (which product?): a question with answers to tap, not a failure.
  if (part.clarification) {
    return (
      <section className="tool tool--asking" data-testid="tool-card" data-tool={part.name} data-state="asking">
        <ClarificationView clarification={part.clarification} />
      </section>
    );
  }
  const spec = resultCards[part.name];
  const data = spec && part.result !== undefined && part.result !== null ? safeParse(() => spec.parse(part.result, lang)) : null;
  const custom = spec && data !== null ? <spec.Card data={data} part={part} /> : null;
  if (!custom && !part.proposal) return <GenericToolCard part={part} hideSummary={summaryInAnswer} />;
  return (
    <GenericToolCard part={part} custom>
      {custom && <CardBoundary fallback={null}>{custom}</CardBoundary>}
      {part.proposal && <ApprovalPanel part={part} />}
    </GenericToolCard>
  );
}

function safeParse<T>(parse: () => T | null): T | null {
  try {
    return parse();
  } catch {
    return null;
  }
}

/** A custom card that trips over an unexpected result must not take the conversation down with it. */
class CardBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
