package chainsim.sweep;

import chainsim.input.InputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The variants of a sweep: every combination of the values of each varied key, the first key
 * varying slowest (as nested loops written in the order of the {@code --vary} options). Each
 * variant's name is made from its values alone ({@code capital.initial-20000000__policies.reserve_ratio-0.2}),
 * so the same sweep always names the same directories.
 */
public final class SweepGrid {
  /** Most variants one sweep runs: beyond this a grid is a typo more often than a plan. */
  public static final int MAX_VARIANTS = 1000;

  /** One varied key and its values, in the order given; {@code argument} as the user wrote it. */
  public record Dimension(String key, List<String> values, String argument) {}

  /** One combination: its settings in the dimensions' order, and its directory name. */
  public record Variant(String name, List<Setting> settings) {}

  private final List<Dimension> dimensions;
  /** The variants listed one by one (a sweep file's {@code variants}), or null for the grid. */
  private final List<List<Setting>> listed;

  private SweepGrid(List<Dimension> dimensions) {
    this(dimensions, null);
  }

  private SweepGrid(List<Dimension> dimensions, List<List<Setting>> listed) {
    this.dimensions = List.copyOf(dimensions);
    this.listed = listed == null ? null : List.copyOf(listed);
  }

  /** The grid of these dimensions (already checked one by one, as a sweep file's are). */
  public static SweepGrid of(List<Dimension> dimensions) {
    checkCount(dimensions);
    return new SweepGrid(dimensions);
  }

  /**
   * Variants listed one by one instead of a grid, each setting {@code keys} in that order; the
   * dimensions (the comparison's columns) are the keys with the values in the order first met.
   */
  public static SweepGrid listed(List<String> keys, List<List<Setting>> variants) {
    if (variants.size() > MAX_VARIANTS) {
      throw new InputException("--vary: more than " + MAX_VARIANTS + " variants; sweep fewer values at a time");
    }
    List<Dimension> dimensions = new ArrayList<>();
    for (int k = 0; k < keys.size(); k++) {
      Set<String> values = new LinkedHashSet<>();
      for (List<Setting> v : variants) {
        values.add(v.get(k).value());
      }
      dimensions.add(new Dimension(keys.get(k), List.copyOf(values), keys.get(k) + "=" + String.join(",", values)));
    }
    return new SweepGrid(dimensions, variants);
  }

  /**
   * The grid of {@code --vary} arguments ({@code KEY=v1,v2,...}). A malformed argument, a key given
   * twice, an empty or repeated value is an {@link InputException} that quotes the argument.
   */
  public static SweepGrid parse(List<String> varyArguments) {
    if (varyArguments == null || varyArguments.isEmpty()) {
      throw new InputException("--vary KEY=v1,v2,... is needed at least once");
    }
    List<Dimension> dimensions = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (String arg : varyArguments) {
      int eq = arg.indexOf('=');
      if (eq <= 0) {
        throw invalid(arg, "expected KEY=v1,v2,...");
      }
      String key = arg.substring(0, eq).trim();
      if (!keys.add(key)) {
        throw invalid(arg, key + " is varied twice");
      }
      Set<String> values = new LinkedHashSet<>();
      for (String v : arg.substring(eq + 1).split(",", -1)) {
        String value = v.trim();
        if (value.isEmpty()) {
          throw invalid(arg, "an empty value");
        }
        if (!values.add(value)) {
          throw invalid(arg, "the value " + value + " is given twice");
        }
      }
      dimensions.add(new Dimension(key, List.copyOf(values), arg));
    }
    checkCount(dimensions);
    return new SweepGrid(dimensions);
  }

  private static void checkCount(List<Dimension> dimensions) {
    long count = 1;
    for (Dimension d : dimensions) {
      count *= d.values().size();
      if (count > MAX_VARIANTS) {
        throw new InputException("--vary: more than " + MAX_VARIANTS + " variants; sweep fewer values at a time");
      }
    }
  }

  static InputException invalid(String arg, String reason) {
    return new InputException("--vary '" + arg + "': " + reason);
  }

  public List<Dimension> dimensions() {
    return dimensions;
  }

  /** Every combination, the first dimension varying slowest; or the variants listed, in their order. */
  public List<Variant> variants() {
    List<List<Setting>> combinations = new ArrayList<>();
    combinations.add(List.of());
    for (Dimension d : listed != null ? List.<Dimension>of() : dimensions) {
      List<List<Setting>> next = new ArrayList<>();
      for (List<Setting> prefix : combinations) {
        for (String value : d.values()) {
          List<Setting> settings = new ArrayList<>(prefix);
          settings.add(new Setting(d.key(), value));
          next.add(List.copyOf(settings));
        }
      }
      combinations = next;
    }
    if (listed != null) {
      combinations = listed;
    }
    List<Variant> variants = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (List<Setting> settings : combinations) {
      String name = name(settings);
      if (!names.add(name)) {
        throw new InputException("--vary: two variants would both be named " + name + "; write the values apart");
      }
      variants.add(new Variant(name, settings));
    }
    return variants;
  }

  /**
   * A variant's directory name: per setting the key and the value joined by {@code -}, settings
   * joined by {@code __}; list ids lose their brackets, characters a file name should not hold become {@code _}.
   */
  static String name(List<Setting> settings) {
    List<String> parts = new ArrayList<>();
    for (Setting s : settings) {
      parts.add(safe(s.key().replace("[", "-").replace("]", "")) + "-" + safe(s.value()));
    }
    return String.join("__", parts);
  }

  private static String safe(String text) {
    return text.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
