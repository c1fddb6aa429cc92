/** The process environment as an adapter hands it down: read once at the edge, passed as data. */
export type Env = Readonly<Record<string, string | undefined>>;
