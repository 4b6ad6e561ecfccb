package chainsim.scenario.tree;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A scalar with the type YAML gave it: a plain {@code 12} is an integer, {@code 0.5} a float,
 * {@code "12"} a string. Numbers keep their text; {@link #number()} reads it.
 */
public record ScalarNode(Position position, Kind kind, String text) implements Node {

  public enum Kind {
    INT,
    FLOAT,
    STRING,
    BOOL,
    NULL
  }

  public boolean isNumber() {
    return kind == Kind.INT || kind == Kind.FLOAT;
  }

  /** The value of a number as a double (infinite or NaN for YAML's {@code .inf} and {@code .nan}). */
  public double number() {
    String t = text.replace("_", "").trim();
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".inf")) {
      return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (lower.equals(".nan")) {
      return Double.NaN;
    }
    if (kind == Kind.INT) {
      return integer().doubleValue();
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** The exact value of an integer (YAML also writes them in hex, octal and with underscores). */
  public BigInteger integer() {
    String t = text.replace("_", "").trim();
    boolean negative = t.startsWith("-");
    if (t.startsWith("-") || t.startsWith("+")) {
      t = t.substring(1);
    }
    BigInteger v;
    try {
      if (t.startsWith("0x") || t.startsWith("0X")) {
        v = new BigInteger(t.substring(2), 16);
      } else if (t.startsWith("0o")) {
        v = new BigInteger(t.substring(2), 8);
      } else if (t.startsWith("0b")) {
        v = new BigInteger(t.substring(2), 2);
      } else if (t.length() > 1 && t.startsWith("0")) {
        v = new BigInteger(t.substring(1), 8);
      } else {
        v = new BigDecimal(t).toBigIntegerExact();
      }
    } catch (RuntimeException e) {
      v = BigInteger.ZERO;
    }
    return negative ? v.negate() : v;
  }

  public boolean bool() {
    return kind == Kind.BOOL && Boolean.parseBoolean(text);
  }

  /**
   * What YAML 1.1 and YAML 1.2 read differently in this scalar, as advice, or null: {@code yes},
   * {@code no}, {@code on}, {@code off} (booleans in YAML 1.1, strings for editors and the schema)
   * and integers with a leading zero ({@code 012}: octal 10 in YAML 1.1, 12 in YAML 1.2).
   */
  public String yamlVersionAmbiguity() {
    if (kind == Kind.STRING) {
      switch (text.toLowerCase(java.util.Locale.ROOT)) {
        case "yes": case "on": case "y":
          return "YAML 1.1 reads " + text + " as true, editors and the schema as a string: write true";
        case "no": case "off": case "n":
          return "YAML 1.1 reads " + text + " as false, editors and the schema as a string: write false";
        default:
          return null;
      }
    }
    if (kind == Kind.INT && text.replace("_", "").matches("[-+]?0[0-9]+")) {
      return "a leading zero makes an octal number in YAML 1.1 and a decimal one for editors (YAML 1.2): write "
          + text.replace("_", "").replaceFirst("^([-+]?)0+(?=[0-9])", "$1");
    }
    return null;
  }

  @Override
  public String describe() {
    switch (kind) {
      case INT:
        return "an integer";
      case FLOAT:
        return "a number";
      case BOOL:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return "a string";
    }
  }
}
