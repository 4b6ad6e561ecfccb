/**
 * The scenario's internals: the checks of a resolved tree. StructureCheck checks its shape part by part (Shape,
 * RecordWalk, IdLists), BusinessRules the rules on every part whose shape is right, so one run reports every
 * problem; a check stops after a limit of problems (TooManyProblems). Other modules see only the problems
 * (chainsim.scenario.Problem).
 */
package chainsim.scenario.validation;
