/**
 * The scenario a strategy team keeps in git: immutable records read from YAML with Jackson.
 *
 * <p>Conventions that hold for every record here:
 *
 * <ul>
 *   <li>Keys in the file are the snake_case form of the record components.
 *   <li>Money is in yuan (CNY) as {@code double}; rates carry their period in the name
 *       ({@code _annual}, {@code _monthly}); months are 1-based indices into the horizon.
 *   <li>A component that is optional in the file is nullable in the canonical constructor and
 *       replaced by its documented default in the compact constructor, so a bound record never
 *       holds a null where a default exists.
 *   <li>Any number a scenario may be unsure of is an {@link Uncertain}.
 * </ul>
 */
package chainsim.scenario;
