/**
 * The roster domain, after INRC-2010: the planning solution Roster, its entity (a staff member's day
 * assignment) and problem facts (contracts, shift types, skills, cover requirements, requests, unavailability,
 * unwanted patterns).
 */
package chainsim.roster.domain;
