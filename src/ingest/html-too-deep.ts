// The error a too-deeply nested page raises from parsing; its message is the one-line reason.

export class HtmlTooDeep extends Error {
  constructor(readonly depth: number, readonly limit: number) {
    super(`HTML nested too deep: ${depth.toLocaleString('en-US')} levels > ${limit.toLocaleString('en-US')} limit`);
  }
}
