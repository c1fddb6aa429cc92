import { describe, expect, it } from "vitest";
import {
  defaultWorkerCount,
  MAX_WORKERS,
  MIN_FILES_FOR_WORKERS,
  MIN_FILES_ON_TWO_CORES,
} from "../../src/cli/validate-workers.js";

describe("how many workers validate starts by default", () => {
  it.each([
    // [files, cores, workers]
    [MIN_FILES_ON_TWO_CORES * 10, 1, 0],
    [MIN_FILES_FOR_WORKERS, 2, 0],
    [MIN_FILES_ON_TWO_CORES - 1, 2, 0],
    [MIN_FILES_ON_TWO_CORES, 2, 1],
    [MIN_FILES_FOR_WORKERS - 1, 3, 0],
    [MIN_FILES_FOR_WORKERS, 3, 1],
    [MIN_FILES_FOR_WORKERS, 4, 2],
    [MIN_FILES_ON_TWO_CORES, 4, 2],
    [MIN_FILES_FOR_WORKERS, 5, 3],
    [MIN_FILES_FOR_WORKERS, 64, MAX_WORKERS],
    [MIN_FILES_FOR_WORKERS - 1, 64, 0],
  ])("%i files on %i cores: %i", (files, cores, workers) => {
    expect(defaultWorkerCount(files, cores)).toBe(workers);
  });
});
