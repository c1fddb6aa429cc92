import { InputError } from "../../src/action/input-parsers.js";

/** The message of the InputError `read` throws; anything else (or nothing thrown) fails the test. */
export function inputRefusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error("expected an InputError");
}
