/**
 * @module The one error the indicator math throws: the input cannot be measured by this method, and why.
 * Pure (no Hono): the API turns it into a 400 problem naming the parameter and what to change.
 */

/** Input that a method cannot take (a zero where a logarithm needs a positive value, a missing weight, …). */
export class InvalidInput extends Error {
  /**
   * @param detail what is wrong and what to change, in one or two sentences
   * @param param the query parameter the problem belongs to, when known
   */
  constructor(
    readonly detail: string,
    readonly param?: string,
  ) {
    super(detail);
    this.name = "InvalidInput";
  }
}
