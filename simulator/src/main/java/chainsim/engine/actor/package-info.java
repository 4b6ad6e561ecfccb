/**
 * The actor engine (Apache Pekko typed). Actors are thin shells around the model classes: a
 * replication actor holds the head office and drives the monthly protocol; segment-block actors
 * hold blocks of market segments (each a population of individual client firms in arrays);
 * seller and partner actors hold one branch or channel each. Every month has four barriers, and
 * the head office always takes results in segment or entity order, so the outcome is the
 * sequential engine's, byte for byte, whatever the thread count.
 */
package chainsim.engine.actor;
