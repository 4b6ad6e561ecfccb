package chainsim.selling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.market.Complaint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The complaint desk by hand. The desk is open 08:00-18:00; acknowledging takes half an hour,
 * answering three; hours are counted from the start of month 1.
 */
class ComplaintDeskTest {
  private static final Complaint A = new Complaint(0, 1, 0);
  private static final Complaint B = new Complaint(0, 2, 0);
  private static final Complaint C = new Complaint(0, 3, 0);

  @Test
  void theDeskOpensAtEightAndWorkStopsAtSix() {
    ComplaintDesk desk = new ComplaintDesk(24, 48, 10);
    assertThat(desk.nextOpen(2)).isEqualTo(8.0);
    assertThat(desk.nextOpen(12)).isEqualTo(12.0);
    assertThat(desk.nextOpen(19)).isEqualTo(32.0);
    // three hours begun at 17:00: one today, two tomorrow from 08:00
    assertThat(desk.afterWork(17, 3)).isEqualTo(34.0);
  }

  @Test
  void withinTheLevelsUntilTheMonthsComplaintHoursRunOut() {
    ComplaintDesk desk = new ComplaintDesk(24, 48, 10);
    // A at 02:00: acknowledged 08:30 (6.5 h), answered 11:30 (9.5 h). B at 09:00 waits for A's
    // answer: acknowledged 12:00 (3 h), answered 15:00 (6 h). C at 17:00: acknowledged 17:30 with
    // 2.5 of the 10 hours left, too few for its answer, which waits for next month's hours: its 48 h
    // pass at 65:00, a breach of this month
    var month1 = desk.month(1, List.of(A, B, C), new double[] {2, 9, 17}, 1, 10, 0.5, 3);
    assertThat(month1.complaints()).isEqualTo(3);
    assertThat(month1.acknowledgeBreaches()).isZero();
    assertThat(month1.answerBreaches()).isEqualTo(1);
    assertThat(month1.firstBreaches()).containsExactly(C);
    assertThat(month1.stillOpen()).isEqualTo(1);
    // month 2 answers C on its first morning, 08:00-11:00 of day 31; the breach is not counted again
    var month2 = desk.month(2, List.of(), new double[0], 1, 10, 0.5, 3);
    assertThat(month2.answerBreaches()).isZero();
    assertThat(month2.firstBreaches()).isEmpty();
    assertThat(month2.stillOpen()).isZero();
  }

  @Test
  void oneAndTwoHoursCannotBeMetByAnAnswerOfThree() {
    ComplaintDesk desk = new ComplaintDesk(1, 2, 10);
    // A at 02:00 is acknowledged at 08:30 (6.5 h > 1 h) and answered at 11:30 (9.5 h > 2 h); one
    // health penalty for its first breach; B at 12:00 is acknowledged at 12:30 and answered at
    // 15:30 (3.5 h > 2 h)
    var month = desk.month(1, List.of(A, B), new double[] {2, 12}, 1, 100, 0.5, 3);
    assertThat(month.acknowledgeBreaches()).isEqualTo(1);
    assertThat(month.answerBreaches()).isEqualTo(2);
    assertThat(month.firstBreaches()).containsExactly(A, B);
  }

  @Test
  void moreHandlersAcknowledgeTogether() {
    // two complaints at 09:00 with three quarters of an hour to acknowledge: one handler gets to the
    // second at 09:30 and is done at 10:00 (1 h: a breach); two handlers are both done at 09:30
    var alone = new ComplaintDesk(0.75, 48, 10).month(1, List.of(A, B), new double[] {9, 9}, 1, 100, 0.5, 3);
    var together = new ComplaintDesk(0.75, 48, 10).month(1, List.of(A, B), new double[] {9, 9}, 2, 100, 0.5, 3);
    assertThat(alone.acknowledgeBreaches()).isEqualTo(1);
    assertThat(together.acknowledgeBreaches()).isZero();
  }

  @Test
  void withoutHandlersEveryLevelPassesUnmet() {
    var month = new ComplaintDesk(24, 48, 10).month(1, List.of(A), new double[] {100}, 0, 0, 0.5, 3);
    assertThat(month.acknowledgeBreaches()).isEqualTo(1);
    assertThat(month.answerBreaches()).isEqualTo(1);
    assertThat(month.stillOpen()).isEqualTo(1);
    assertThat(new ComplaintDesk(24, 48, 24).afterWork(17, 3)).isCloseTo(20.0, within(1e-12));
  }

  private static final Complaint S = new Complaint(0, 4, 0, Complaint.SERIOUS);

  @Test
  void seriousComplaintsHaveTheirOwnLevelsAndAreAnsweredFirst() {
    // general: 24 h / 48 h, 3 h to answer; serious: 24 h / 6 h, 4 h to answer. A (general) and S
    // (serious) both at 08:00: A acknowledged 08:30, S 09:00; S is answered first, 09:00-13:00 (5 h
    // after it came: within 6 h), then A 13:00-16:00 (8 h: within 48 h). In arrival order S would
    // wait for A's answer until 12:00 and be answered at 16:00, 8 h: a breach
    ComplaintDesk desk = new ComplaintDesk(new double[] {24, 24}, new double[] {48, 6}, 10);
    var month = desk.month(1, List.of(A, S), new double[] {8, 8}, 1, 100, 0.5, new double[] {3, 4});
    assertThat(month.acknowledgeBreaches()).isZero();
    assertThat(month.answerBreaches()).isZero();
    assertThat(month.seriousComplaints()).isEqualTo(1);
    assertThat(month.seriousBreaches()).isZero();
    // the satisfaction follow-up: both answered within their levels
    assertThat(month.resolvedInTime()).containsExactly(S, A);
  }

  @Test
  void aSeriousBreachIsCountedApartAndItsComplaintIsNotResolvedInTime() {
    // serious answers within 2 h: S at 08:00, acknowledged 08:30, answered 12:30 (4.5 h > 2 h)
    ComplaintDesk desk = new ComplaintDesk(new double[] {24, 24}, new double[] {48, 2}, 10);
    var month = desk.month(1, List.of(S, B), new double[] {8, 14}, 1, 100, 0.5, new double[] {3, 4});
    assertThat(month.answerBreaches()).isEqualTo(1);
    assertThat(month.seriousBreaches()).isEqualTo(1);
    assertThat(month.firstBreaches()).containsExactly(S);
    // B at 14:00: acknowledged 14:00-14:30, answered 14:30-17:30, within 48 h
    assertThat(month.resolvedInTime()).containsExactly(B);
  }
}
