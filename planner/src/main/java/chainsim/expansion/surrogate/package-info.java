/**
 * The expansion planner's surrogate of the simulator: each candidate opening simulated alone
 * (CandidateSimulator), what is learnt of it kept and refined, and cached on disk by a key of the scenario and
 * the model (SurrogateCache).
 */
package chainsim.expansion.surrogate;
