import { randomBytes } from "node:crypto";

/** Where salts and nonces come from; injected so tests can be deterministic. */
export type RandomSource = (size: number) => Uint8Array;

export const systemRandom: RandomSource = (size) => randomBytes(size);
