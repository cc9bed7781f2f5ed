/** Wrong usage of the command line (exit 1): a flag that makes no sense with another, a missing argument. */
export class UsageError extends Error {
  override name = 'UsageError';
}
