/** A mistake in how the command was called: reported on one line, exit code 2. */
export class UsageError extends Error {}
