package chainsim.headoffice;

import chainsim.accounting.Ledger;
import chainsim.market.SegmentMonth;
import chainsim.selling.EntityMonth;
import java.util.List;

/**
 * The month as the head office closes it, for the record: the segments', sellers' and partners'
 * results, the consolidated company books, the company's cash flow from each entity, and the sales
 * effort each entity put into the segments ([entity]: outbound contacts, inbound leads).
 */
record MonthFacts(
    int month,
    List<SegmentMonth> segments,
    List<EntityMonth> sellers,
    List<EntityMonth> partners,
    Ledger company,
    double cash,
    double equityInvestment,
    double equityIncome,
    double[] companyCashFlowByEntity,
    double[] companyCumulativeByEntity,
    double[] platformFeeByEntity,
    int[][] effortByEntity) {}
