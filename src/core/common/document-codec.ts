/** How a document type becomes text and back; parse errors propagate (a corrupt document is never retried). */
export interface DocumentCodec<D> {
  parse(text: string): D;
  serialize(document: D): string;
}
