/**
 * Direct-sales branches (and the local firm behind an equity channel): consultants with
 * productivity and ramp-up, pay of base + performance + tiered commission, attrition and hiring
 * lag, seats and rent, delivery capacity by skill, marketing lines watched against their ROI
 * benchmark. The four capabilities of the brief show up here.
 */
package chainsim.branch;
