/**
 * Runs async sections one after another. A repository holds one, so a read-modify-write (including a
 * rename, which touches two ids) never interleaves with another call in the same process.
 */
export class AsyncMutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(section: () => Promise<T>): Promise<T> {
    const result = this.tail.then(section);
    // The next section waits for this one whether it succeeded or failed.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
