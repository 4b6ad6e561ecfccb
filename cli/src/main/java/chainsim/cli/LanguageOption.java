package chainsim.cli;

import chainsim.report.html.Lang;
import picocli.CommandLine.Option;

/** {@code --lang zh|en} (a picocli mixin): the language of the pages a command writes, Chinese by default. */
final class LanguageOption {
  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "Language of the pages written: zh (Chinese, default) or en (English).")
  String code;

  /** The language; anything but zh or en is the user's to fix. */
  Lang lang() {
    try {
      return Lang.parse(code);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
