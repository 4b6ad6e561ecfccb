package chainsim.roster.inrc;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.Roster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of the format the 20 early instances do not use: date-specific cover, day-on and shift-on requests. */
class InrcRequestsAndDateCoverTest {

  private static final String INSTANCE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <SchedulingPeriod ID="tiny">
        <StartDate>2024-01-01</StartDate>
        <EndDate>2024-01-07</EndDate>
        <Skills><Skill>Nurse</Skill></Skills>
        <ShiftTypes>
          <Shift ID="E"><StartTime>06:30:00</StartTime><EndTime>14:30:00</EndTime><Description>Early</Description>
            <Skills><Skill>Nurse</Skill></Skills></Shift>
          <Shift ID="N"><StartTime>22:30:00</StartTime><EndTime>06:30:00</EndTime><Description>Night</Description>
            <Skills><Skill>Nurse</Skill></Skills></Shift>
        </ShiftTypes>
        <Contracts>
          <Contract ID="0"><Description>any</Description>
            <WeekendDefinition>FridaySaturdaySundayMonday</WeekendDefinition>
            <TwoFreeDaysAfterNightShifts weight="3">true</TwoFreeDaysAfterNightShifts>
            <UnwantedPatterns/></Contract>
        </Contracts>
        <Employees>
          <Employee ID="a"><ContractID>0</ContractID><Name>A</Name><Skills><Skill>Nurse</Skill></Skills></Employee>
          <Employee ID="b"><ContractID>0</ContractID><Name>B</Name><Skills><Skill>Nurse</Skill></Skills></Employee>
        </Employees>
        <CoverRequirements>
          <DayOfWeekCover><Day>Monday</Day><Cover><Shift>E</Shift><Preferred>1</Preferred></Cover>
            <Cover><Shift>N</Shift><Preferred>1</Preferred></Cover></DayOfWeekCover>
          <DateSpecificCover><Date>2024-01-01</Date><Cover><Shift>E</Shift><Preferred>0</Preferred></Cover></DateSpecificCover>
        </CoverRequirements>
        <DayOnRequests><DayOn weight="2"><EmployeeID>a</EmployeeID><Date>2024-01-03</Date></DayOn></DayOnRequests>
        <ShiftOnRequests><ShiftOn weight="4"><ShiftTypeID>N</ShiftTypeID><EmployeeID>b</EmployeeID>
          <Date>2024-01-02</Date></ShiftOn></ShiftOnRequests>
      </SchedulingPeriod>
      """;

  @TempDir Path tmp;

  @Test
  void dateSpecificCoverReplacesTheWeekdayCoverForTheShiftsItNames() throws IOException {
    Path file = tmp.resolve("tiny.xml");
    Files.writeString(file, INSTANCE);
    InrcInstance inrc = InrcXmlReader.read(file);
    // Monday 1 January: E overridden to 0, N kept from the day-of-week cover
    assertThat(inrc.coverOn(LocalDate.of(2024, 1, 1))).containsEntry("E", 0).containsEntry("N", 1);
    assertThat(inrc.dayOnRequests()).containsExactly(new InrcInstance.DayRequest("a", LocalDate.of(2024, 1, 3), 2));
    assertThat(inrc.shiftOnRequests())
        .containsExactly(new InrcInstance.ShiftRequest("b", LocalDate.of(2024, 1, 2), "N", 4));
    assertThat(inrc.contracts().get(0).twoFreeDaysAfterNightShifts()).isEqualTo(new InrcInstance.Rule(true, 3, 0));
    assertThat(inrc.contracts().get(0).maxNumAssignments().on()).isFalse(); // absent elements are off

    Roster roster = InrcRosterMapper.toRoster(inrc);
    assertThat(roster.getCoverRequirements()).extracting(CoverRequirement::minimum).containsExactly(0, 1);
    assertThat(roster.getDayRequests()).singleElement().satisfies(r -> assertThat(r.wantsWork()).isTrue());
    assertThat(roster.getShiftRequests()).singleElement().satisfies(r -> assertThat(r.wantsShift()).isTrue());
    assertThat(roster.getStaff().get(0).getContract().weekendDefinition().days()).hasSize(4);
  }
}
