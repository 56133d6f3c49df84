import { lazy, Suspense } from 'react';
import { textDirection } from '../../../lib/text-direction';

// react-markdown and the sanitizer are a large share of the bundle and not needed for the first paint.
const Markdown = lazy(() => import('./Markdown'));

/** Markdown text, plain until the renderer has loaded. Each block gets its own direction (Arabic inside French…). */
export function MarkdownText({ text }: { text: string }) {
  return (
    <div className="md" dir={textDirection(text)} data-testid="message-text">
      <Suspense fallback={<p className="md__plain">{text}</p>}>
        <Markdown text={text} />
      </Suspense>
    </div>
  );
}
