package chainsim.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes {@link Uncertain}: a plain number, or an object with {@code dist}. The type is
 * chosen from a closed list here, never from type information in the file.
 */
final class UncertainJson {
  private UncertainJson() {}

  static final class Reader extends JsonDeserializer<Uncertain> {
    @Override
    public Uncertain deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = ctxt.readTree(p);
      if (node.isNumber()) {
        return new Uncertain.Fixed(node.doubleValue());
      }
      if (!node.isObject()) {
        return ctxt.reportInputMismatch(Uncertain.class, "expected a number or a distribution object");
      }
      String dist = node.path("dist").asText("");
      if (!Uncertain.REQUIRED_KEYS.containsKey(dist)) {
        return ctxt.reportInputMismatch(
            Uncertain.class, "unknown distribution '%s'; use one of %s", dist, Uncertain.DISTRIBUTIONS);
      }
      Set<String> allowed = new HashSet<>(Uncertain.REQUIRED_KEYS.get(dist));
      allowed.addAll(Uncertain.OPTIONAL_KEYS.get(dist));
      allowed.add("dist");
      allowed.add("draw");
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!allowed.contains(key)) {
          return ctxt.reportInputMismatch(Uncertain.class, "unknown key '%s' for distribution %s", key, dist);
        }
      }
      for (String key : Uncertain.REQUIRED_KEYS.get(dist)) {
        if (!node.hasNonNull(key)) {
          return ctxt.reportInputMismatch(Uncertain.class, "distribution %s needs '%s'", dist, key);
        }
      }
      Uncertain.Draw draw = Uncertain.Draw.REPLICATION;
      if (node.hasNonNull("draw")) {
        String d = node.get("draw").asText();
        if ("month".equals(d)) {
          draw = Uncertain.Draw.MONTH;
        } else if (!"replication".equals(d)) {
          return ctxt.reportInputMismatch(Uncertain.class, "draw must be replication or month, not '%s'", d);
        }
      }
      return switch (dist) {
        case "fixed" -> new Uncertain.Fixed(node.get("value").doubleValue());
        case "uniform" -> new Uncertain.Uniform(num(node, "min"), num(node, "max"), draw);
        case "triangular" -> new Uncertain.Triangular(num(node, "min"), num(node, "mode"), num(node, "max"), draw);
        case "normal" -> new Uncertain.Normal(
            num(node, "mean"), num(node, "sd"), optNum(node, "min"), optNum(node, "max"), draw);
        case "lognormal" -> new Uncertain.LogNormal(num(node, "mean"), num(node, "sd"), draw);
        case "beta" -> new Uncertain.Beta(
            num(node, "alpha"), num(node, "beta"), optNum(node, "min"), optNum(node, "max"), draw);
        case "empirical" -> new Uncertain.Empirical(list(node, "values"), list(node, "weights"), draw);
        default -> throw new IllegalStateException(dist);
      };
    }

    private static double num(JsonNode node, String key) {
      return node.get(key).doubleValue();
    }

    private static Double optNum(JsonNode node, String key) {
      return node.hasNonNull(key) ? node.get(key).doubleValue() : null;
    }

    private static List<Double> list(JsonNode node, String key) {
      List<Double> values = new ArrayList<>();
      node.get(key).forEach(v -> values.add(v.doubleValue()));
      return values;
    }
  }

  static final class Writer extends JsonSerializer<Uncertain> {
    @Override
    public void serialize(Uncertain u, JsonGenerator g, SerializerProvider serializers) throws IOException {
      if (u instanceof Uncertain.Fixed f) {
        g.writeNumber(f.value());
        return;
      }
      g.writeStartObject();
      g.writeStringField("dist", u.dist());
      if (u instanceof Uncertain.Uniform x) {
        g.writeNumberField("min", x.min());
        g.writeNumberField("max", x.max());
      } else if (u instanceof Uncertain.Triangular x) {
        g.writeNumberField("min", x.min());
        g.writeNumberField("mode", x.mode());
        g.writeNumberField("max", x.max());
      } else if (u instanceof Uncertain.Normal x) {
        g.writeNumberField("mean", x.mean());
        g.writeNumberField("sd", x.sd());
        optional(g, "min", x.min());
        optional(g, "max", x.max());
      } else if (u instanceof Uncertain.LogNormal x) {
        g.writeNumberField("mean", x.mean());
        g.writeNumberField("sd", x.sd());
      } else if (u instanceof Uncertain.Beta x) {
        g.writeNumberField("alpha", x.alpha());
        g.writeNumberField("beta", x.beta());
        optional(g, "min", x.min());
        optional(g, "max", x.max());
      } else if (u instanceof Uncertain.Empirical x) {
        g.writeArrayFieldStart("values");
        for (double v : x.values()) {
          g.writeNumber(v);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("weights");
        for (double w : x.weights()) {
          g.writeNumber(w);
        }
        g.writeEndArray();
      }
      if (u.draw() == Uncertain.Draw.MONTH) {
        g.writeStringField("draw", "month");
      }
      g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String key, Double value) throws IOException {
      if (value != null) {
        g.writeNumberField(key, value);
      }
    }
  }
}
