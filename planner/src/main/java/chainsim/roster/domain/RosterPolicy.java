package chainsim.roster.domain;

/**
 * Weights the branch sets for the rules that are not part of anyone's contract. INRC-2010 uses
 * none of them, so {@link #INRC} switches all of them off.
 *
 * @param changeWeight soft cost of each day that differs from the published roster (re-rostering)
 * @param emergencyShiftWeight soft cost of each shift worked by the emergency pool
 * @param belowTargetWeight soft cost of each person below a cover target (above the hard minimum)
 * @param undesiredShiftFairnessWeight soft cost per person of (undesired shifts worked)^2: the sum
 *     of squares is least when the same total is spread evenly
 * @param weekendFairnessWeight the same for weekend days worked (Saturday and Sunday)
 * @param skillsMandatory when true working a shift without its skills is hard for everyone; when
 *     false it is up to each contract's "alternative skill" rule, as in INRC (on: soft at its
 *     weight; off: hard)
 */
public record RosterPolicy(
    int changeWeight,
    int emergencyShiftWeight,
    int belowTargetWeight,
    int undesiredShiftFairnessWeight,
    int weekendFairnessWeight,
    boolean skillsMandatory) {

  public static final RosterPolicy INRC = new RosterPolicy(0, 0, 0, 0, 0, false);

  public RosterPolicy withChangeWeight(int weight) {
    return new RosterPolicy(weight, emergencyShiftWeight, belowTargetWeight, undesiredShiftFairnessWeight,
        weekendFairnessWeight, skillsMandatory);
  }
}
