package chainsim.roster.domain;

/**
 * Weights the branch sets for the rules that are not part of anyone's contract, and how hard the
 * contracts' maxima are. INRC-2010 uses none of the weights and keeps every contract rule soft, so
 * {@link #INRC} switches all of them off.
 *
 * @param changeWeight soft cost of each day that differs from the published roster (re-rostering)
 * @param emergencyWeightPerHour soft cost of each hour worked by the emergency pool
 * @param belowTargetWeightPerHour soft cost of each person-hour below a cover target (above the hard minimum)
 * @param undesiredShiftFairnessWeight soft cost per person of (undesired shifts worked)^2: the sum
 *     of squares is least when the same total is spread evenly
 * @param weekendFairnessWeight the same for weekend days worked (Saturday and Sunday)
 * @param skillsMandatory when true working a shift without its skills is hard for everyone; when
 *     false it is up to each contract's "alternative skill" rule, as in INRC (on: soft at its
 *     weight; off: free, as the competition reads it)
 * @param contractMaximaHard when true a contract's maximum number of shifts, maximum consecutive
 *     working days and maximum hours per week are hard limits (a branch's labour rules); when false
 *     they cost their weights, as the competition defines them
 * @param personRuleHardWeight hard points of each breach of a rule that protects a person
 *     (availability, rest, skills, contract maxima) against one for each person missing from a
 *     cover minimum: a branch leaves a shift short rather than make someone on leave work (INRC: 1)
 */
public record RosterPolicy(
    int changeWeight,
    int emergencyWeightPerHour,
    int belowTargetWeightPerHour,
    int undesiredShiftFairnessWeight,
    int weekendFairnessWeight,
    boolean skillsMandatory,
    boolean contractMaximaHard,
    int personRuleHardWeight) {

  public static final RosterPolicy INRC = new RosterPolicy(0, 0, 0, 0, 0, false, false, 1);

  /** A branch's rules weigh ten times a missing person (see {@code personRuleHardWeight}). */
  public static final int BRANCH_PERSON_RULE_WEIGHT = 10;

  public RosterPolicy {
    if (personRuleHardWeight < 1) {
      throw new IllegalArgumentException("personRuleHardWeight must be at least 1, not " + personRuleHardWeight);
    }
  }

  public RosterPolicy withChangeWeight(int weight) {
    return new RosterPolicy(weight, emergencyWeightPerHour, belowTargetWeightPerHour, undesiredShiftFairnessWeight,
        weekendFairnessWeight, skillsMandatory, contractMaximaHard, personRuleHardWeight);
  }

  /** A weight per hour applied to a shift of so many minutes, in whole units (rounded down). */
  public static int perHour(int weightPerHour, int minutes) {
    return (int) ((long) weightPerHour * minutes / 60);
  }
}
