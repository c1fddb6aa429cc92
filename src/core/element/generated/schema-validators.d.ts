// Types of the generated schema-validators.js (ajv standalone code; see scripts/generate-validators.mjs).
import type { ErrorObject } from "ajv";

/** An ajv validator compiled ahead of time: true when `data` matches; otherwise `errors` says why. */
export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const persona: StandaloneValidator;
export declare const skill: StandaloneValidator;
export declare const template: StandaloneValidator;
export declare const agent: StandaloneValidator;
export declare const memory: StandaloneValidator;
export declare const ensemble: StandaloneValidator;
/** For a file whose `metadata.type` is missing or unknown: checks the envelope and metadata only. */
export declare const envelope: StandaloneValidator;
