package chainsim.scenario.tree;

/** How names from a file appear in messages: quoted, clipped, with no control characters. */
public final class Names {
  private static final int MAX_SHOWN = 60;

  private Names() {}

  /** {@code 'name'}, clipped to a readable length. */
  public static String quote(String name) {
    return "'" + clip(name) + "'";
  }

  public static String clip(String name) {
    if (name == null) {
      return "null";
    }
    String shown = name.length() > MAX_SHOWN ? name.substring(0, MAX_SHOWN) + "..." : name;
    StringBuilder sb = new StringBuilder();
    shown.codePoints()
        .forEach(cp -> {
          if (Character.isISOControl(cp)) {
            sb.append(String.format("\\u%04x", cp));
          } else {
            sb.appendCodePoint(cp);
          }
        });
    return sb.toString();
  }
}
