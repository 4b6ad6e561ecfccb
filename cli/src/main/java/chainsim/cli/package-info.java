/**
 * The {@code chainsim} command: picocli subcommands that wire the modules together. What every command shares is
 * in one place: the options as mixins ({@link chainsim.cli.OutputDirectoryOption} {@code --out}/{@code --force},
 * {@link chainsim.cli.ThreadsOption}, {@link chainsim.cli.TimeLimitOption}, {@link chainsim.cli.LanguageOption},
 * {@link chainsim.cli.ActualsInput}) and the one exception-to-exit-code mapping in {@link chainsim.cli.ChainsimCommand}
 * (0 ok, 1 the run failed, 2 bad input: an invalid scenario or actuals, any {@code chainsim.input.InputException}).
 */
package chainsim.cli;
