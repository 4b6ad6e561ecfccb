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
        .containsExactly("mini.yaml:4:10: capital.initial: missing required key");
    assertThat(problems(minimalWith("seed: 1\n", "")))
        .containsExactly("mini.yaml:1:1: seed: missing required key");
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
  void aPinThePlannerWouldNeverSeeIsAMistake() {
    String planning = "\nplanning:\n  expansion:\n    modes: [direct]\n    industries: [software]\n"
        + "    pin: [ { region: hangzhou, industry: biotech } ]\n";
    assertThat(problems(minimal() + planning)).containsExactly(
        "mini.yaml:37:42: planning.expansion.pin[0].industry: industry biotech is not among"
            + " planning.expansion.industries");
    String noFirms = minimal().replace("firms: { software: 500, biotech: 100 }", "firms: { software: 500 }");
    assertThat(problems(noFirms + "\nplanning:\n  expansion:\n    pin: [ { region: hangzhou, industry: biotech } ]\n"))
        .containsExactly("mini.yaml:35:12: planning.expansion.pin[0]: cell hangzhou/biotech has no firms, so the"
            + " planner has nothing to pin");
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

  @Test
  void oneRunReportsTheProblemsOfShapeAndTheRulesOfEveryPart() {
    String text = minimal()
        .replace("seed: 1", "seed: x")
        .replace("start: 2027-01", "start: 2027-13")
        .replace("{ id: biotech }", "{ id: Biotech }")
        .replace("wage_index: 1.1", "wage_index: high")
        .replace("price: 12000", "price: -5")
        .replace("branch_templates:", "  - id: payroll\n    price: 3000\n    delivery_hours: { tax: 4 }\n"
            + "    need_rate_annual: { default: 0.05 }\n    payment: { upfront: 0.7, on_completion: 0.6 }\n"
            + "branch_templates:")
        .replace("{ role: manager, count: 1 }", "{ role: manager, skill: tax, count: 1 }")
        .replace("month: 1,", "month: 30,")
        + "  - { id: sh-direct, month: 3, region: shanghai, mode: direct, template: small }\n"
        + "correlations:\n"
        + "  - { a: \"products[bookkeeping].price\", b: \"regions[hangzhou].rent_per_seat_month\", rho: 0.5 }\n";
    assertThat(problems(text)).containsExactly(
        "mini.yaml:2:7: seed: expected an integer, got the string 'x'",
        "mini.yaml:3:19: horizon.start: must be a month as YYYY-MM, e.g. 2027-01, got '2027-13'",
        "mini.yaml:5:38: industries[Biotech].id: 'Biotech' is not a valid id: use lower-case letters, digits, '_'"
            + " and '-', starting with a letter (at most 64) (did you mean 'biotech'?)",
        "mini.yaml:12:17: regions[hangzhou].wage_index: expected a number or a distribution such as { dist: triangular, min: 1, mode: 2,"
            + " max: 3 }, got the string 'high'",
        "mini.yaml:17:12: products[bookkeeping].price: must be positive, got -5",
        // the rules of every part whose shape is right ...
        "mini.yaml:24:14: products[payroll].payment: upfront + on_completion is 1.3; it must be at most 1",
        "mini.yaml:28:33: branch_templates[small].staffing[0].skill: role 'manager' is a manager role; only service"
            + " roles have a skill",
        // ... the horizon's months among them, though its start is wrong ...
        "mini.yaml:36:29: expansion[hz-direct].month: month 30 is after the horizon's last month 24",
        // ... and references: hangzhou and biotech exist, though they have problems of their own
        "mini.yaml:37:40: expansion[sh-direct].region: unknown region 'shanghai'");
  }

  @Test
  void aRuleOfAnItemWithAShapeProblemWaitsForTheShapeToBeFixed() {
    String text = minimalWith("mode: direct,", "mode: direct, stake: 0.2, pinned: maybe,");
    assertThat(problems(text)).containsExactly(
        "mini.yaml:31:84: expansion[hz-direct].pinned: expected true or false, got the string 'maybe'");
  }

  @Test
  void aDanglingReferenceInAnItemWithAShapeProblemIsReportedAtOnce() {
    String text = minimalWith("month: 1, region: hangzhou,", "month: one, region: hangzou,");
    assertThat(problems(text)).containsExactly(
        "mini.yaml:31:29: expansion[hz-direct].month: expected an integer, got the string 'one'",
        "mini.yaml:31:42: expansion[hz-direct].region: unknown region 'hangzou' (did you mean 'hangzhou'?)");
  }

  @Test
  void aWrongTypeForAWholeSectionLeavesTheOtherSectionsChecked() {
    String text = minimalWith("horizon: { start: 2027-01, months: 24 }", "horizon: 24")
        .replace("regions:\n", "regions:\n  - { id: ningbo, wage_index: 1, rent_per_seat_month: 1, firms: {} }\n")
        .replace("region: hangzhou,", "region: hangzou,")
        .replace("skills: [{ id: tax }]", "skills: 3");
    assertThat(problems(text)).containsExactly(
        "mini.yaml:3:10: horizon: expected a map, got an integer",
        "mini.yaml:6:9: skills: expected a list, got an integer",
        "mini.yaml:32:40: expansion[hz-direct].region: unknown region 'hangzou' (did you mean 'hangzhou'?)");
  }

  @Test
  void aRejectedIdIsReportedOnceAndItsReferencesDoNotCascade() {
    String text = minimal().replace("{ id: biotech }", "{ id: Biotech }")
        + "planning:\n  expansion:\n    industries: [software, biotech]\n"
        + "    exclude: [{ region: hangzhou, industry: biotech }]\n";
    assertThat(problems(text)).containsExactly("mini.yaml:5:38: industries[Biotech].id: 'Biotech' is not a valid id:"
        + " use lower-case letters, digits, '_' and '-', starting with a letter (at most 64) (did you mean 'biotech'?)");
  }

  @Test
  void patternsAreExplainedInWords() {
    assertThat(problems(minimalWith("start: 2027-01", "start: 2027-1"))).containsExactly(
        "mini.yaml:3:19: horizon.start: must be a month as YYYY-MM, e.g. 2027-01, got '2027-1'");
    assertThat(problems(minimal() + "currency: USD\nplanning: { roster: { time_limit: 5 minutes } }\n")).containsExactly(
        "mini.yaml:32:11: currency: must be CNY (every amount is in yuan), got 'USD'",
        "mini.yaml:33:35: planning.roster.time_limit: must be a duration such as 60s, 5m, 1h or 500ms, got"
            + " '5 minutes'");
  }

  @Test
  void aZeroTimeLimitIsRefusedByValidationNotLaterByThePlanner() {
    assertThat(problems(minimal() + "planning: { staffing: { time_limit: 0s } }\n")).containsExactly(
        "mini.yaml:32:37: planning.staffing.time_limit: must be a duration such as 60s, 5m, 1h or 500ms, got '0s'");
  }

  @Test
  void theExpansionPlannersUnimprovedTimeLimitIsADurationLikeTheOthers() {
    // planning: { expansion: { unimproved_time_limit: 0s } }: the value starts at column 49
    assertThat(problems(minimal() + "planning: { expansion: { unimproved_time_limit: 0s } }\n")).containsExactly(
        "mini.yaml:32:49: planning.expansion.unimproved_time_limit: must be a duration such as 60s, 5m, 1h or 500ms,"
            + " got '0s'");
  }

  @Test
  void theRepairBudgetIsAWholeNumberOfSimulationsFromZeroToTenThousand() {
    // planning: { expansion: { repair_simulations: -1 } }: the value starts at column 46
    assertThat(problems(minimal() + "planning: { expansion: { repair_simulations: -1 } }\n")).containsExactly(
        "mini.yaml:32:46: planning.expansion.repair_simulations: must be between 0 and 10000, got -1");
    assertThat(problems(minimal() + "planning: { expansion: { repair_simulations: 20000 } }\n")).containsExactly(
        "mini.yaml:32:46: planning.expansion.repair_simulations: must be between 0 and 10000, got 20000");
    assertThat(problems(minimal() + "planning: { expansion: { repair_simulations: 0 } }\n")).isEmpty();
  }

  @Test
  void aDistributionWithAWrongKeyStillHasItsParametersChecked() {
    String text = minimalWith("conversion_rate: 0.2", "conversion_rate: { dist: beta, alpha: 0, beta: 3, draw: weekly }");
    assertThat(problems(text)).containsExactly(
        "mini.yaml:26:73: branch_templates[small].productivity.conversion_rate: invalid beta distribution: alpha and"
            + " beta must be positive (alpha 0, beta 3)",
        "mini.yaml:26:112: branch_templates[small].productivity.conversion_rate.draw: draw must be replication or"
            + " month, got 'weekly'");
  }

  @Test
  void onlyNearMissesGetASuggestion() {
    assertThat(problems(minimalWith("seed: 1", "seed: 1\nbase: x\nnmae: y\nhorizn: z")))
        .containsExactly(
            "mini.yaml:3:1: base: unknown key 'base'",
            "mini.yaml:4:1: nmae: unknown key 'nmae' (did you mean 'name'?)",
            "mini.yaml:5:1: horizn: unknown key 'horizn' (did you mean 'horizon'?)");
  }

  @Test
  void yesAndNoAreNotBooleans() {
    String text = minimal() + "policies: { reserve_gate: yes, breakeven_gate: { enabled: Off } }\n"
        + "clients: { milestones: [{ id: first, hazard_annual: 0.1, label: { en: no } }] }\n";
    assertThat(problems(text)).containsExactly(
        "mini.yaml:32:27: policies.reserve_gate: expected true or false, got 'yes': YAML 1.1 reads yes as true,"
            + " editors and the schema as a string: write true",
        "mini.yaml:32:59: policies.breakeven_gate.enabled: expected true or false, got 'Off': YAML 1.1 reads Off as"
            + " false, editors and the schema as a string: write false");
  }

  @Test
  void aLeadingZeroIsAmbiguous() {
    assertThat(problems(minimalWith("seats: 5", "seats: 012"))).containsExactly(
        "mini.yaml:27:12: branch_templates[small].seats: a leading zero makes an octal number in YAML 1.1 and a"
            + " decimal one for editors (YAML 1.2): write 12");
  }
}
