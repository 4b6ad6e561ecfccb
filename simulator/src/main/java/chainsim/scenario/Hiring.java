package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/** How a branch keeps and grows its team between the staffing targets. */
public record Hiring(
    @JsonPropertyDescription("Open a requisition for everyone who leaves. Default true.") Boolean replaceAttrition,
    @DecimalMin("0") @DecimalMax("2")
        @JsonPropertyDescription(
            "Hire one more service consultant of a skill when its utilisation exceeds this (null = never).")
        Double addServiceWhenUtilisationAbove,
    @PositiveOrZero @Max(1000) @JsonPropertyDescription("Requisitions opened per month at most. Default 3.")
        Integer maxHiresPerMonth) {

  public Hiring {
    replaceAttrition = replaceAttrition == null ? Boolean.TRUE : replaceAttrition;
    maxHiresPerMonth = maxHiresPerMonth == null ? 3 : maxHiresPerMonth;
  }

  public static Hiring defaults() {
    return new Hiring(null, null, null);
  }
}
