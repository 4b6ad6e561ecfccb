package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.YearMonth;

/** The simulated period: a calendar start month and a number of months. Month 1 is {@code start}. */
public record Horizon(
    @NotNull @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2])$", message = "a month as YYYY-MM, e.g. 2027-01")
        @JsonPropertyDescription("First simulated month, as YYYY-MM; month index 1.")
        String start,
    @NotNull @Min(1) @Max(240) @JsonPropertyDescription("Number of simulated months (typically 36 to 60).")
        Integer months) {

  /** The calendar month of a 1-based month index. */
  public YearMonth calendarMonth(int month) {
    return YearMonth.parse(start).plusMonths(month - 1L);
  }
}
