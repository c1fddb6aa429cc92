export interface FilesAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export function isPullRequestFilesPath(path: string): boolean;

export function pullRequestFiles(
  read: (path: string) => Promise<unknown>,
  path: string,
  query: string,
): Promise<FilesAnswer>;
