import { assertBuilt } from '../e2e/support/site.ts';

/** The dist project reads the build: fail once, clearly, when there is none. */
export default function setup(): void {
  assertBuilt();
}
