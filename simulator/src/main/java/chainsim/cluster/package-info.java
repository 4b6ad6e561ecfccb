/**
 * Monte Carlo on a Pekko Cluster. Worker nodes ({@link chainsim.cluster.WorkerNode}) register a
 * reliable-delivery consumer with the Receptionist; a run's coordinator
 * ({@link chainsim.cluster.ClusterRun}) joins the cluster, cuts the replications into batches
 * ({@link chainsim.cluster.BatchPlan}) and hands them out with Pekko's work pulling, so a worker
 * takes a batch only when it is free and a batch a dead worker did not confirm goes to another.
 * Each replication comes back whole (series, summary, events, parameters, clients sample) as a
 * packed, LZ4-compressed frame ({@link chainsim.cluster.ReplicationCodec}, Pekko's serializer
 * {@link chainsim.cluster.ReplicationSerializer}; the other messages are CBOR) and is checkpointed
 * per batch as those very bytes ({@link chainsim.cluster.Checkpoints}); a worker
 * confirms a batch only after the coordinator acknowledged holding all of it (or had the lost ones
 * run again), and a run that stops moving fails instead of waiting for ever; the
 * aggregate is taken by replication index, so the result is the single machine's, byte for byte,
 * whatever the number of workers, the batch size or the order results arrive in.
 *
 * <p>A run's coordinator joins and leaves per run ({@link chainsim.cluster.BatchedRun#cluster}); a
 * caller that runs several in a row can keep one coordinator in the cluster for all of them
 * ({@link chainsim.cluster.CoordinatorSession}, as the cluster bench does).
 *
 * <p>Nodes find the cluster through a seed address or Pekko Management's bootstrap
 * ({@link chainsim.cluster.Bootstrap}; a coordinator only ever joins), and talk plain TCP or TLS with
 * mutual authentication ({@link chainsim.cluster.Tls}). A coordinator that is not in within its join
 * deadline fails, saying what a probe of the seed found ({@link chainsim.cluster.SeedProbe}: a TLS
 * mismatch, a certificate refused, nothing listening).
 */
package chainsim.cluster;
