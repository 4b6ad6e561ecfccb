package chainsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScenarioMapperTest {
  @Test
  void baselineBindsIntoRecords() throws Exception {
    Scenario s = ScenarioMapper.yaml().readValue(Path.of("../scenarios/baseline.yaml").toFile(), Scenario.class);
    assertThat(s.name()).isEqualTo("suzhou-baseline");
    assertThat(s.regions().get(0).firms()).containsEntry("software", 2500);
    assertThat(s.products().get(0).price()).isInstanceOf(Uncertain.Triangular.class);
    assertThat(s.branchTemplates().get(0).productivity().contactsPerConsultantMonth().draw())
        .isEqualTo(Uncertain.Draw.MONTH);
    assertThat(s.policies().subcontract().marginBelow()).isEqualTo(0.20);
    assertThat(s.clients().milestones()).hasSize(5);
    ParameterCatalog catalog = ParameterCatalog.of(s);
    assertThat(catalog.parameters()).containsKey("products[high_tech_cert].price");
    assertThat(catalog.parameters()).containsKey("branch_templates[standard_direct].marketing[online].cost_per_lead");
    assertThat(catalog.parameters()).containsKey("products[ip_filing].need_rate_annual.software");
    assertThat(catalog.pathOf(s.products().get(0).price())).isEqualTo("products[high_tech_cert].price");
    catalog.uncertainReplicationParameters().forEach(System.out::println);
  }
}
