package chainsim.cluster;

import org.apache.pekko.actor.typed.ActorRef;

/**
 * One batch of a run, as a worker receives it: the resolved scenario (the run directory's
 * {@code scenario.yaml} text, which loads back to an equal scenario and already carries the
 * run's seed and replication count), the engine, the replications to run, and where each result
 * goes. Small: the scenario text is the largest part, and a worker builds the simulation once per
 * distinct text.
 *
 * @param run the run's id, for logs
 * @param batch the batch's index in the run's {@link BatchPlan}
 * @param engine {@code actor} or {@code sequential} ({@link chainsim.montecarlo.EngineKind#key})
 */
public record Batch(String run, String scenarioYaml, String engine, int batch, int first, int count,
    ActorRef<ClusterRun.Command> replyTo) implements ClusterMessage {}
