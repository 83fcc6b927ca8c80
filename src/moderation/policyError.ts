/** A broken policy: thrown at start-up, the message names the field path. */
export class PolicyError extends Error {
  readonly code = 'POLICY_INVALID';
  constructor(
    message: string,
    readonly issues: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'PolicyError';
  }
}
