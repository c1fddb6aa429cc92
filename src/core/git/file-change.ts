/** A file to write (UTF-8 text) or, with `content: null`, to delete. */
export interface FileChange {
  path: string;
  content: string | null;
}
