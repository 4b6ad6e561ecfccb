package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A job in a branch. What it does in the model is its {@link Kind}. */
public record Role(
    @NotNull @Pattern(regexp = Ids.PATTERN) @JsonPropertyDescription("Identifier, referred to elsewhere.") String id,
    @JsonPropertyDescription("Display names.") Label label,
    @NotNull
        @JsonPropertyDescription(
            "What the role does: manager and support are overhead, sales prospects and signs, service delivers"
                + " orders with a skill.")
        Kind kind)
    implements Identified {

  public enum Kind {
    @JsonProperty("manager")
    MANAGER,
    @JsonProperty("sales")
    SALES,
    @JsonProperty("service")
    SERVICE,
    @JsonProperty("support")
    SUPPORT
  }
}
