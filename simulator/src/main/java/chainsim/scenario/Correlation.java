package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * A rank correlation between two uncertain parameters drawn once per replication, named by their
 * key paths as {@code chainsim show --parameters} lists them (e.g.
 * {@code products[tax_filing].price}). Draws are joined with a Gaussian copula.
 */
public record Correlation(
    @NotNull @JsonPropertyDescription("Key path of the first parameter.") String a,
    @NotNull @JsonPropertyDescription("Key path of the second parameter.") String b,
    @NotNull @DecimalMin("-1") @DecimalMax("1") @JsonPropertyDescription("Correlation of their normal scores.")
        Double rho) {}
