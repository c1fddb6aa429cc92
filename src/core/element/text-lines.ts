import { LineCounter } from "yaml";

/**
 * Line starts of `text` (LF and CRLF end a line), as the yaml package's LineCounter. Built from the text itself
 * rather than from the parser's new-line callbacks, which skip line breaks inside some malformed tokens.
 */
export function lineCounterOf(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) counter.addNewLine(i + 1);
  return counter;
}
