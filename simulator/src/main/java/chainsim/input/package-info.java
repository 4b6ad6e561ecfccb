/**
 * What every reader of user input shares: {@link chainsim.input.InputException}, the one supertype of
 * the planners', readers' and reports' "the user must fix this" exceptions (the command line maps it
 * once to exit 2, one line), and {@link chainsim.input.Durations}, the one syntax of a time limit in
 * scenario files and on the command line.
 */
package chainsim.input;
