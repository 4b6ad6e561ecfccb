package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

/** How a branch keeps and grows its team between the staffing targets. */
public record Hiring(
    @JsonPropertyDescription("Open a requisition for everyone who leaves. Default true.") Boolean replaceAttrition,
    @DecimalMin("0") @DecimalMax("2")
        @JsonPropertyDescription(
            "Hire one more service consultant of a skill when its utilisation exceeds this (null = never).")
        Double addServiceWhenUtilisationAbove,
    @PositiveOrZero @Max(1000) @JsonPropertyDescription("Requisitions opened per month at most. Default 3.")
        Integer maxHiresPerMonth,
    @Min(1) @Max(24)
        @JsonPropertyDescription(
            "Consecutive months a skill's utilisation must exceed add_service_when_utilisation_above before one more"
                + " consultant is hired. Default 1.")
        Integer busyMonths,
    @DecimalMin("0") @DecimalMax("2")
        @JsonPropertyDescription(
            "A consultant the busy rule added is given back when the skill's utilisation stays below this for"
                + " idle_months. Default: add_service_when_utilisation_above x (n-1)/n for a skill team of n, i.e."
                + " the rest of the team would carry the load without tripping the busy rule.")
        Double removeServiceWhenUtilisationBelow,
    @Min(1) @Max(24)
        @JsonPropertyDescription(
            "Consecutive months of low utilisation before a consultant the busy rule added is given back. Default 3.")
        Integer idleMonths,
    @JsonPropertyDescription(
            "Give an idle extra consultant back by releasing one at once (at the release cost) rather than by not"
                + " replacing the next leaver. Default false.")
        Boolean releaseIdleService) {

  public Hiring {
    replaceAttrition = replaceAttrition == null ? Boolean.TRUE : replaceAttrition;
    maxHiresPerMonth = maxHiresPerMonth == null ? 3 : maxHiresPerMonth;
    busyMonths = busyMonths == null ? 1 : busyMonths;
    idleMonths = idleMonths == null ? 3 : idleMonths;
    releaseIdleService = releaseIdleService == null ? Boolean.FALSE : releaseIdleService;
  }

  public static Hiring defaults() {
    return new Hiring(null, null, null, null, null, null, null);
  }
}
