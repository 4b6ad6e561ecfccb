/**
 * From actuals to calibration observations (issue 13, between reading the actuals and calibrating):
 * what the rows of {@code chainsim.actuals.Actuals} say about each uncertain parameter of the
 * scenario, as {@link chainsim.rebalance.calibration.Observations} keyed by the parameter's
 * {@code ParameterCatalog} path.
 *
 * <p>Parameters live on templates, not on branches ({@code branch_templates[standard_direct]}), so
 * the actuals of every branch built from one template are pooled month by month into one set of
 * observations ({@link TemplateBranches}). One class per parameter family says which columns it
 * reads and which denominator it uses ({@link ConversionObservations}, {@link ContactsObservations} (with
 * {@link RampedSalesStaff}),
 * {@link AttritionObservations}, {@link ChurnObservations}, {@link PriceObservations},
 * {@link CostPerLeadObservations}); {@link ActualsObservations} puts them
 * together and lists, with a reason, every uncertain parameter the actuals do not inform
 * ({@link NotCalibrated}). docs/calibration.md, "From actuals", has the table.
 */
package chainsim.rebalance.observations;
