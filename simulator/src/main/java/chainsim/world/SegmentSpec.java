package chainsim.world;

import chainsim.random.RandomStreams;

/** A market segment: the target firms of one industry in one region. */
public record SegmentSpec(int index, int region, int industry, String id, int initialFirms, long streamKey) {
  static SegmentSpec of(int index, int region, int industry, String regionId, String industryId, int firms) {
    String id = regionId + "/" + industryId;
    return new SegmentSpec(index, region, industry, id, firms, RandomStreams.key("segment:" + id));
  }
}
