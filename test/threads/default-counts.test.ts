import { describe, expect, it } from "vitest";
import {
  defaultReader,
  defaultWorkerCount,
  MAX_WORKERS,
  MIN_FILES_FOR_WORKERS,
  MIN_FILES_ON_TWO_CORES,
} from "../../src/threads/validate-threads.js";

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

describe("whether validate starts a reader by default", () => {
  it.each([
    // [files, cores, reader]
    [MIN_FILES_FOR_WORKERS * 10, 1, false],
    [MIN_FILES_FOR_WORKERS - 1, 2, false],
    [MIN_FILES_FOR_WORKERS, 2, true],
    [MIN_FILES_ON_TWO_CORES - 1, 2, true],
    [MIN_FILES_ON_TWO_CORES, 2, false], // a worker takes the second core
    [MIN_FILES_FOR_WORKERS, 3, true], // main, one worker, the reader: one core each
    [MIN_FILES_FOR_WORKERS, 4, true],
    [MIN_FILES_FOR_WORKERS, 5, true],
    [MIN_FILES_FOR_WORKERS - 1, 64, false],
  ])("%i files on %i cores: %s", (files, cores, reader) => {
    expect(defaultReader(files, cores)).toBe(reader);
  });
});
