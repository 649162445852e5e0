/**
 * @module A response body written piece by piece: an async sequence of strings (one per block of rows) becomes a
 * byte stream that asks for the next piece only when the previous one was read, so a whole-version download
 * holds one block's text at a time, not the whole file.
 */

/** Encodes `parts` as a UTF-8 byte stream, pulling one part at a time (empty parts are skipped). */
export function textStream(parts: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = parts[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Loop until something is enqueued: a pull that enqueues nothing is not called again.
      for (;;) {
        const { value, done } = await iterator.next();
        if (done) return controller.close();
        if (value) return controller.enqueue(encoder.encode(value));
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
