package chainsim.expansion.domain;

/**
 * A region x industry cell of the market (a problem fact).
 *
 * @param bit position of the industry among the region's candidate industries in the surrogate;
 *     -1 when the cell is not a candidate (excluded, or no firms)
 */
public record Cell(String region, String industry, int firms, int bit) {
  public String id() {
    return region + "/" + industry;
  }

  public boolean candidate() {
    return bit >= 0;
  }
}
