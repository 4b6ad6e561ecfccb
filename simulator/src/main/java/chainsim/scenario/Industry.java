package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** An industry the chain can serve, e.g. manufacturing or software. */
public record Industry(
    @NotNull @Pattern(regexp = Ids.PATTERN) @JsonPropertyDescription("Identifier, referred to elsewhere.") String id,
    @JsonPropertyDescription("Display names.") Label label)
    implements Identified {}
