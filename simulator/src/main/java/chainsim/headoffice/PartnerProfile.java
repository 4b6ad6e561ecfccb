package chainsim.headoffice;

import chainsim.scenario.PartnerTemplate;

/**
 * What the head office knows about a partner when dispatching, without touching the partner: its
 * template's quality (where its rating starts) and its revenue share (its price).
 */
public record PartnerProfile(
    int entity, int region, int skillMask, PartnerTemplate.Reach reach, double quality, double initialFreeHours,
    double revenueShare) {}
