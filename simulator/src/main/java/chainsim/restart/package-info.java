/**
 * Restarting a simulation from the state at the end of an as-of month k (issue 13, "Restart"):
 * {@link chainsim.restart.StartState} holds what is true then (openings, staff, the client book,
 * cash and receivables), read from the actuals files or captured from a running replication;
 * {@link chainsim.restart.Overlay} brings each replication to it by replaying months 1..k of the
 * model on the replication's own streams, with the state's openings forced, and then overlaying
 * the observed state on the model objects. The engines then run months k+1..H as usual.
 */
package chainsim.restart;
