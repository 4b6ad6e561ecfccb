/**
 * What every planner ({@code expansion}, {@code staffing}, {@code roster}) shares beyond the
 * scenario: {@link chainsim.planning.Cancellation}, the one way to stop a planner early and keep
 * what it has (the CLI's Ctrl-C). The planner template itself is described in
 * {@code docs/architecture.md} ("The planner template").
 */
package chainsim.planning;
