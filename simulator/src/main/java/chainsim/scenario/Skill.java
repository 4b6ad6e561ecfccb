package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A delivery skill, e.g. tax, legal, ip, certification, financing. */
public record Skill(
    @NotNull @Pattern(regexp = Ids.PATTERN) @JsonPropertyDescription("Identifier, referred to elsewhere.") String id,
    @JsonPropertyDescription("Display names.") Label label)
    implements Identified {}
