import { useMemo } from 'react';
import { parseMarkdown, type Inline } from './markdown';

function Inlines({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'strong' ? (
          <strong key={i}>{part.text}</strong>
        ) : part.kind === 'em' ? (
          <em key={i}>{part.text}</em>
        ) : part.kind === 'code' ? (
          <code key={i}>{part.text}</code>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** A coach reply as Markdown, rendered only through React text nodes (no raw HTML). */
export function SafeMarkdown({ text }: { text: string }) {
  const blocks = useMemo(() => parseMarkdown(text), [text]);
  return (
    <div className="md">
      {blocks.map((block, i) => {
        if (block.kind === 'pre') return <pre key={i}>{block.text}</pre>;
        if (block.kind === 'h')
          return (
            <p key={i} className="md-heading">
              <Inlines parts={block.inlines} />
            </p>
          );
        if (block.kind === 'p')
          return (
            <p key={i}>
              <Inlines parts={block.inlines} />
            </p>
          );
        const List = block.kind;
        return (
          <List key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Inlines parts={item} />
              </li>
            ))}
          </List>
        );
      })}
    </div>
  );
}
