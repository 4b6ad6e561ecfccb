package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.PositiveOrZero;

/** The head office's own monthly costs, paid whatever the branches do. */
public record CentralCosts(
    @PositiveOrZero @JsonPropertyDescription("SaaS platform running cost per month, in yuan. Default 0.") Uncertain platformPerMonth,
    @PositiveOrZero @JsonPropertyDescription("Enterprise big-data licences per month, in yuan. Default 0.") Uncertain dataPerMonth,
    @PositiveOrZero @JsonPropertyDescription("Head-office staff per month, in yuan. Default 0.") Uncertain staffPerMonth,
    @PositiveOrZero @JsonPropertyDescription("Support cost per open branch or channel per month (chain operations), in yuan. Default 0.")
        Uncertain perEntityPerMonth) {

  public CentralCosts {
    platformPerMonth = Uncertain.orZero(platformPerMonth);
    dataPerMonth = Uncertain.orZero(dataPerMonth);
    staffPerMonth = Uncertain.orZero(staffPerMonth);
    perEntityPerMonth = Uncertain.orZero(perEntityPerMonth);
  }

  public static CentralCosts none() {
    return new CentralCosts(null, null, null, null);
  }
}
