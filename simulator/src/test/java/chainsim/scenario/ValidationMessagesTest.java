package chainsim.scenario;

import static chainsim.scenario.Fixtures.minimal;
import static chainsim.scenario.Fixtures.minimalWith;
import static chainsim.scenario.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each kind of problem, with its exact message and position. */
class ValidationMessagesTest {

  @Test
  void minimalFixtureIsValid() {
    assertThat(problems(minimal())).isEmpty();
  }

  @Test
  void unknownKeyIsReportedAtTheKeyWithASuggestion() {
    assertThat(problems(minimalWith("capital: { initial: 1000000 }", "capital: { initial: 1000000, reserve_ratoi: 0.2 }")))
        .containsExactly(
            "mini.yaml:4:30: capital.reserve_ratoi: unknown key 'reserve_ratoi' (did you mean 'reserve_ratio'?)");
  }

  @Test
  void unknownKeyWithoutACloseMatchHasNoSuggestion() {
    assertThat(problems(minimalWith("seed: 1", "seed: 1\nweather: sunny")))
        .containsExactly("mini.yaml:3:1: weather: unknown key 'weather'");
  }

  @Test
  void wrongTypesAreReportedAtTheValue() {
    String text = minimalWith("seed: 1", "seed: one").replace("wage_index: 1.1", "wage_index: [1.1]");
    assertThat(problems(text)).containsExactly(
        "mini.yaml:2:7: seed: expected an integer, got the string 'one'",
        "mini.yaml:12:17: regions[hangzhou].wage_index: expected a number or a distribution such as { dist:"
            + " triangular, min: 1, mode: 2, max: 3 }, got a list");
  }

  @Test
  void aFractionWhereAnIntegerBelongsIsAWrongType() {
    assertThat(problems(minimalWith("seats: 5", "seats: 5.5")))
        .containsExactly("mini.yaml:27:12: branch_templates[small].seats: expected an integer, got 5.5");
  }

  @Test
  void missingRequiredKeyIsReportedAtItsMap() {
    assertThat(problems(minimalWith("capital: { initial: 1000000 }", "capital: { reserve_ratio: 0.2 }")))
        .containsExactly("mini.yaml:4:10: capital: missing required key 'initial'");
    assertThat(problems(minimalWith("seed: 1\n", "")))
        .containsExactly("mini.yaml:1:1: missing required key 'seed'");
  }

  @Test
  void outOfRangeValuesNameTheRange() {
    String text = minimalWith("conversion_rate: 0.2", "conversion_rate: 1.5").replace("price: 12000", "price: -5");
    assertThat(problems(text)).containsExactly(
        "mini.yaml:17:12: products[bookkeeping].price: must be positive, got -5",
        "mini.yaml:26:73: branch_templates[small].productivity.conversion_rate: must be between 0 and 1, got 1.5");
  }

  @Test
  void unknownDistributionIsReportedWithASuggestion() {
    assertThat(problems(minimalWith("price: 12000", "price: { dist: triangle, min: 1, mode: 2, max: 3 }")))
        .containsExactly("mini.yaml:17:20: products[bookkeeping].price.dist: unknown distribution 'triangle'; use one"
            + " of fixed, uniform, triangular, normal, lognormal, beta, empirical (did you mean 'triangular'?)");
  }

  @Test
  void invalidDistributionParametersAreReported() {
    assertThat(problems(minimalWith("price: 12000", "price: { dist: triangular, min: 10, mode: 50, max: 30 }")))
        .containsExactly("mini.yaml:17:12: products[bookkeeping].price: invalid triangular distribution: needs"
            + " min <= mode <= max and min < max (min 10, mode 50, max 30)");
    assertThat(problems(minimalWith("price: 12000", "price: { dist: normal, mean: 10, sd: 0, min: 1 }")))
        .containsExactly("mini.yaml:17:12: products[bookkeeping].price: invalid normal distribution: sd must be"
            + " positive (sd 0)");
    assertThat(problems(minimalWith("price: 12000", "price: { dist: empirical, values: [1, 2], weights: [1] }")))
        .containsExactly("mini.yaml:17:12: products[bookkeeping].price: invalid empirical distribution: values and"
            + " weights need the same number of entries (2 and 1)");
  }

  @Test
  void distributionKeysAreChecked() {
    assertThat(problems(minimalWith("price: 12000", "price: { dist: uniform, min: 1, maz: 3, draw: monthly }")))
        .containsExactly(
            "mini.yaml:17:12: products[bookkeeping].price: a uniform distribution needs 'max'",
            "mini.yaml:17:37: products[bookkeeping].price.maz: unknown key 'maz' for a uniform distribution (did you"
                + " mean 'max'?)",
            "mini.yaml:17:51: products[bookkeeping].price.draw: draw must be replication or month, got 'monthly'"
                + " (did you mean 'month'?)");
  }

  @Test
  void aDistributionMustStayInsideTheRange() {
    assertThat(problems(minimalWith("conversion_rate: 0.2", "conversion_rate: { dist: normal, mean: 0.2, sd: 0.05 }")))
        .containsExactly("mini.yaml:26:73: branch_templates[small].productivity.conversion_rate: a normal"
            + " distribution can draw any value; give it min and max bounds so every draw is between 0 and 1");
    assertThat(problems(minimalWith("price: 12000", "price: { dist: uniform, min: 0, max: 100 }")))
        .containsExactly("mini.yaml:17:12: products[bookkeeping].price: the uniform distribution draws values from 0"
            + " to 100; every draw must be positive");
  }

  @Test
  void danglingReferenceIsReportedWithASuggestion() {
    assertThat(problems(minimalWith("region: hangzhou,", "region: hangzou,")))
        .containsExactly(
            "mini.yaml:31:40: expansion[hz-direct].region: unknown region 'hangzou' (did you mean 'hangzhou'?)");
  }

  @Test
  void referencesInMapKeysPointAtTheKey() {
    assertThat(problems(minimalWith("firms: { software: 500,", "firms: { sofware: 500,")))
        .containsExactly(
            "mini.yaml:14:14: regions[hangzhou].firms.sofware: unknown industry 'sofware' (did you mean 'software'?)");
  }

  @Test
  void duplicateIdIsReportedAtTheSecondItem() {
    assertThat(problems(minimalWith("skills: [{ id: tax }]", "skills: [{ id: tax }, { id: tax }]")))
        .containsExactly("mini.yaml:6:29: skills[tax]: duplicate id 'tax' (first at line 6)");
  }

  @Test
  void monthOutsideTheHorizonIsReported() {
    assertThat(problems(minimalWith("month: 1,", "month: 30,")))
        .containsExactly("mini.yaml:31:29: expansion[hz-direct].month: month 30 is after the horizon's last month 24");
  }

  @Test
  void modeSpecificFieldIsRejectedForAnotherMode() {
    assertThat(problems(minimalWith("mode: direct,", "mode: direct, stake: 0.2,")))
        .containsExactly("mini.yaml:31:71: expansion[hz-direct].stake: 'stake' applies only to mode equity, not direct");
  }

  @Test
  void openingTemplateMustExistForItsMode() {
    assertThat(problems(minimalWith("mode: direct,", "mode: equity,").replace("template: small", "template: stak")))
        .containsExactly("mini.yaml:31:74: expansion[hz-direct].template: unknown equity template 'stak' for mode"
            + " equity (did you mean 'stake'?)");
  }

  @Test
  void expansionPlanningPinsAreChecked() {
    String planning = "\nplanning:\n  expansion:\n    modes: [direct, partner]\n    quarters: 4\n"
        + "    pin:\n"
        + "      - { region: hangzhou, industry: software, mode: direct, quarter: 6 }\n"
        + "      - { region: hangzhou, industry: biotech, mode: direct }\n"
        + "      - { region: hangzhou, industry: biotech, mode: partner, quarter: 1 }\n";
    assertThat(problems(minimal() + planning)).containsExactly(
        "mini.yaml:38:72: planning.expansion.pin[0].quarter: quarter 6 is after the planner's last quarter 4"
            + " (planning.expansion.quarters)",
        "mini.yaml:39:9: planning.expansion.pin[1]: a cell pinned to mode direct needs the quarter it opens in",
        "mini.yaml:40:54: planning.expansion.pin[2].mode: mode partner has no partner template to plan with");
  }

  @Test
  void aCellIsNotBothPinnedAndExcluded() {
    String planning = "\nplanning:\n  expansion:\n    modes: [direct]\n"
        + "    exclude: [ { region: hangzhou, industry: software } ]\n"
        + "    pin: [ { region: hangzhou, industry: software } ]\n";
    assertThat(problems(minimal() + planning)).containsExactly(
        "mini.yaml:37:12: planning.expansion.pin[0]: cell hangzhou/software is both pinned and excluded");
  }

  @Test
  void serviceStaffNeedASkillAndOthersMustNotHaveOne() {
    String text = minimalWith("{ role: service, skill: tax, count: 2 }", "{ role: service, count: 2 }")
        .replace("{ role: manager, count: 1 }", "{ role: manager, skill: tax, count: 1 }");
    assertThat(problems(text)).containsExactly(
        "mini.yaml:23:33: branch_templates[small].staffing[0].skill: role 'manager' is a manager role; only service"
            + " roles have a skill",
        "mini.yaml:24:9: branch_templates[small].staffing[1]: role 'service' is a service role and needs a skill");
  }

  @Test
  void basePayMustCoverEveryRoleOfTheStaffing() {
    assertThat(problems(minimalWith("base_pay: { manager: 20000, service: 9000 }", "base_pay: { manager: 20000 }")))
        .containsExactly("mini.yaml:25:15: branch_templates[small].base_pay: no base pay for role 'service', which the"
            + " staffing uses");
  }

  @Test
  void paymentSharesMayNotExceedTheWhole() {
    assertThat(problems(minimalWith("price: 12000", "price: 12000\n    payment: { upfront: 0.6, on_completion: 0.6 }")))
        .containsExactly(
            "mini.yaml:18:14: products[bookkeeping].payment: upfront + on_completion is 1.2; it must be at most 1");
  }

  @Test
  void commissionTiersStartAtZeroAndAscend() {
    String tiers = "seats: 5\n    commission: { tiers: [{ from: 100, rate: 0.05 }, { from: 50, rate: 0.08 }] }";
    assertThat(problems(minimalWith("seats: 5", tiers))).containsExactly(
        "mini.yaml:28:35: branch_templates[small].commission.tiers[0].from: the first tier must start at 0, not 100",
        "mini.yaml:28:62: branch_templates[small].commission.tiers[1].from: tiers must be in ascending order of"
            + " 'from': 50 follows 100");
  }

  @Test
  void correlationsMustNameUncertainReplicationParameters() {
    String text = minimalWith("price: 12000", "price: { dist: uniform, min: 10000, max: 14000 }")
        + "correlations:\n  - { a: \"products[bookkeeping].price\", b: \"products[bookkeping].price\", rho: 0.5 }\n"
        + "  - { a: \"products[bookkeeping].price\", b: \"capital.reserve_ratio\", rho: 0.5 }\n";
    assertThat(problems(text)).containsExactly(
        "mini.yaml:33:44: correlations[0].b: unknown parameter 'products[bookkeping].price' (did you mean"
            + " 'products[bookkeeping].price'?)",
        "mini.yaml:34:44: correlations[1].b: unknown parameter 'capital.reserve_ratio'");
  }

  @Test
  void correlationsMustHoldTogether() {
    String text = minimal()
        .replace("price: 12000", "price: { dist: uniform, min: 10000, max: 14000 }")
        .replace("rent_per_seat_month: 3000", "rent_per_seat_month: { dist: uniform, min: 2000, max: 4000 }")
        .replace("wage_index: 1.1", "wage_index: 1.1\n    data_targeting_lift: { dist: uniform, min: 1, max: 2 }")
        + "correlations:\n"
        + "  - { a: \"products[bookkeeping].price\", b: \"regions[hangzhou].rent_per_seat_month\", rho: 0.9 }\n"
        + "  - { a: \"products[bookkeeping].price\", b: \"regions[hangzhou].data_targeting_lift\", rho: 0.9 }\n"
        + "  - { a: \"regions[hangzhou].rent_per_seat_month\", b: \"regions[hangzhou].data_targeting_lift\","
        + " rho: -0.9 }\n";
    assertThat(problems(text)).containsExactly("mini.yaml:34:3: correlations: the correlations cannot hold together"
        + " (their matrix is not positive definite); weaken some of them");
  }

  @Test
  void everyProblemIsReportedAtOnceInPositionOrder() {
    String text = minimalWith("seed: 1", "seed: 1\nseeds: 2")
        .replace("wage_index: 1.1", "wage_index: -1")
        .replace("seats: 5", "seats: lots");
    assertThat(problems(text)).containsExactly(
        "mini.yaml:3:1: seeds: unknown key 'seeds' (did you mean 'seed'?)",
        "mini.yaml:13:17: regions[hangzhou].wage_index: must be positive, got -1",
        "mini.yaml:28:12: branch_templates[small].seats: expected an integer, got the string 'lots'");
  }

  @Test
  void danglingReferencesAreReportedTogetherWithShapeProblems() {
    String text = minimalWith("region: hangzhou,", "region: hangzou,").replace("seed: 1", "seed: x");
    assertThat(problems(text)).containsExactly(
        "mini.yaml:2:7: seed: expected an integer, got the string 'x'",
        "mini.yaml:31:40: expansion[hz-direct].region: unknown region 'hangzou' (did you mean 'hangzhou'?)");
  }
}
