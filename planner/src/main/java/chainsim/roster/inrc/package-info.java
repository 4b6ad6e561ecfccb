/**
 * The INRC-2010 nurse rostering instances and solutions (XML): reading an instance into the roster domain, the
 * competition's cost, writing a solution; a file that cannot be read is an InrcFormatException naming its file
 * and line.
 */
package chainsim.roster.inrc;
