/**
 * The files of a simulation run, written for version control: stable row and column order,
 * fixed number formatting per unit, no timestamps, and all of it written into a temporary
 * directory renamed into place at the end, so a failed or interrupted run leaves nothing behind
 * and never overwrites an earlier result unless asked to.
 */
package chainsim.report.run;
