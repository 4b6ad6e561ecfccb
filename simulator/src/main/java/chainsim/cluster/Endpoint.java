package chainsim.cluster;

/**
 * A host and a port, as given on the command line ({@code HOST:PORT}; port 0 lets the system
 * pick one). IPv6 literals go in brackets: {@code [::1]:2552}.
 */
public record Endpoint(String host, int port) {

  public Endpoint {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("a host is missing");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
    }
  }

  /** Parses {@code HOST:PORT}; the message of the exception says what is wrong. */
  public static Endpoint parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException("expected HOST:PORT, not '" + text + "'");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected HOST:PORT, not '" + text + "'");
    }
    return new Endpoint(host, port);
  }

  @Override
  public String toString() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
