/**
 * Engines that run replications of the month's model. The {@link chainsim.engine.SequentialEngine}
 * steps the model classes in a plain loop: the test oracle and the speed baseline. The actor
 * engine ({@link chainsim.engine.actor}) runs the same classes inside Pekko actors and must give
 * byte-identical results.
 */
package chainsim.engine;
