package chainsim.selling;

import chainsim.market.Complaint;
import chainsim.market.Leak;
import chainsim.market.Order;
import java.util.List;

/**
 * What a branch or channel receives in a month: the orders its clients signed, the work partners
 * finished for it last month (already booked; only its receivable and prepayment to settle), subcontracts no partner could take, its clients' complaints, and
 * how many firms may still be won in each segment it sells in (to spread next month's effort),
 * how many recall campaigns its clients' poor health triggered, the clients its agent took solo
 * this month (agents only), and, when the "can't do well" rule is on, the best observed quality
 * of an open partner reaching its region, by skill (-1 where none does). {@code openedMonth} is
 * the month the head office really opened it (later than planned when a gate deferred it):
 * set-up, the opening team and marketing periods count from it.
 */
public record SellerInputs(
    int seller,
    int month,
    int openedMonth,
    List<Order> orders,
    List<Completion> partnerCompletions,
    List<Subcontract> returned,
    List<Complaint> complaints,
    int[] winnableBySegment,
    int recalls,
    List<Leak> leaked,
    double[] partnerQualityBySkill) {}
