import { tariffBlocks, type TariffSpan } from '@portail/shared';

function Spans({ spans }: { spans: TariffSpan[] }) {
  return spans.map((span, index) =>
    span.bold ? <strong key={index}>{span.text}</strong> : <span key={index}>{span.text}</span>,
  );
}

/** The markdown-light schedule as headings, lists and paragraphs: text only, never HTML. */
export function TariffText({ text }: { text: string }) {
  return tariffBlocks(text).map((block, index) => {
    if (block.kind === 'heading') {
      const Heading = block.level === 2 ? 'h2' : 'h3';
      return (
        <Heading key={index}>
          <Spans spans={block.spans} />
        </Heading>
      );
    }
    if (block.kind === 'list') {
      return (
        <ul key={index}>
          {block.items.map((item, itemIndex) => (
            <li key={itemIndex}>
              <Spans spans={item} />
            </li>
          ))}
        </ul>
      );
    }
    return (
      <p key={index}>
        {block.lines.map((line, lineIndex) => (
          <span key={lineIndex}>
            {lineIndex > 0 && <br />}
            <Spans spans={line} />
          </span>
        ))}
      </p>
    );
  });
}
