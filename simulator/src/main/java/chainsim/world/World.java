package chainsim.world;

import chainsim.scenario.Identified;
import chainsim.scenario.Industry;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.PartnerTemplate;
import chainsim.scenario.Product;
import chainsim.scenario.Region;
import chainsim.scenario.Role;
import chainsim.scenario.Scenario;
import chainsim.scenario.Skill;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indices of everything a replication works with. Built once per scenario; immutable; shared by
 * all replications and threads.
 */
public final class World {
  private final Scenario scenario;
  private final Map<String, Integer> regionIndex;
  private final Map<String, Integer> industryIndex;
  private final Map<String, Integer> productIndex;
  private final Map<String, Integer> skillIndex;
  private final Map<String, Integer> roleIndex;
  private final List<SegmentSpec> segmentList = new ArrayList<>();
  private final List<SegmentSpec> segments = Collections.unmodifiableList(segmentList);
  private final int[][] segmentOf; // [region][industry] -> segment index, -1 when the cell has no firms
  private final List<EntitySpec> entityList = new ArrayList<>();
  private final List<EntitySpec> entities = Collections.unmodifiableList(entityList);

  public World(Scenario scenario) {
    this.scenario = scenario;
    this.regionIndex = indexOf(scenario.regions());
    this.industryIndex = indexOf(scenario.industries());
    this.productIndex = indexOf(scenario.products());
    this.skillIndex = indexOf(scenario.skills());
    this.roleIndex = indexOf(scenario.roles());
    this.segmentOf = new int[scenario.regions().size()][scenario.industries().size()];
    buildSegments();
    buildEntities();
  }

  private static <T extends Identified> Map<String, Integer> indexOf(List<T> items) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i).id(), i);
    }
    return Collections.unmodifiableMap(index);
  }

  private void buildSegments() {
    List<Region> regions = scenario.regions();
    List<Industry> industries = scenario.industries();
    for (int r = 0; r < regions.size(); r++) {
      for (int i = 0; i < industries.size(); i++) {
        Integer firms = regions.get(r).firms().get(industries.get(i).id());
        if (firms == null) {
          segmentOf[r][i] = -1;
          continue;
        }
        segmentOf[r][i] = segmentList.size();
        segmentList.add(
            SegmentSpec.of(segmentList.size(), r, i, regions.get(r).id(), industries.get(i).id(), firms));
      }
    }
  }

  private void buildEntities() {
    for (Opening opening : scenario.expansion()) {
      int region = regionIndex.get(opening.region());
      List<Integer> cells = new ArrayList<>();
      List<String> industries =
          opening.industries().isEmpty()
              ? scenario.industries().stream().map(Industry::id).toList()
              : opening.industries();
      for (String industry : industries) {
        int segment = segmentOf[region][industryIndex.get(industry)];
        if (segment >= 0) {
          cells.add(segment);
        }
      }
      boolean sells = opening.mode() != Mode.PARTNER || hasRemoteSales(opening);
      entityList.add(EntitySpec.of(entityList.size(), opening, region, sells ? cells : List.of(), sells));
    }
  }

  private boolean hasRemoteSales(Opening opening) {
    PartnerTemplate template = scenario.partnerTemplate(opening.template()).orElseThrow();
    return template.remoteSales() != null && !Boolean.FALSE.equals(opening.remoteSales());
  }

  public Scenario scenario() {
    return scenario;
  }

  public int months() {
    return scenario.horizon().months();
  }

  public List<SegmentSpec> segments() {
    return segments;
  }

  public List<EntitySpec> entities() {
    return entities;
  }

  /** The segment of a region and industry, or -1 when that cell has no firms. */
  public int segmentOf(int region, int industry) {
    return segmentOf[region][industry];
  }

  public List<Region> regions() {
    return scenario.regions();
  }

  public List<Industry> industries() {
    return scenario.industries();
  }

  public List<Product> products() {
    return scenario.products();
  }

  public List<Skill> skills() {
    return scenario.skills();
  }

  public List<Role> roles() {
    return scenario.roles();
  }

  public int regionIndex(String id) {
    return regionIndex.get(id);
  }

  public int industryIndex(String id) {
    return industryIndex.get(id);
  }

  public int productIndex(String id) {
    return productIndex.get(id);
  }

  public int skillIndex(String id) {
    return skillIndex.get(id);
  }

  public int roleIndex(String id) {
    return roleIndex.get(id);
  }

  /** Whether two regions are the same or listed as neighbours (either way round). */
  public boolean neighbours(int a, int b) {
    if (a == b) {
      return true;
    }
    Region ra = scenario.regions().get(a);
    Region rb = scenario.regions().get(b);
    return ra.neighbours().contains(rb.id()) || rb.neighbours().contains(ra.id());
  }

  /**
   * Segments grouped into blocks of about {@code firmsPerBlock} firms, keeping each region's
   * segments together where it can: the unit of work of one segment actor.
   */
  public List<int[]> segmentBlocks(int firmsPerBlock) {
    List<int[]> blocks = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    int firms = 0;
    for (SegmentSpec s : segments) {
      if (!current.isEmpty() && firms + s.initialFirms() > firmsPerBlock) {
        blocks.add(current.stream().mapToInt(Integer::intValue).toArray());
        current.clear();
        firms = 0;
      }
      current.add(s.index());
      firms += s.initialFirms();
    }
    if (!current.isEmpty()) {
      blocks.add(current.stream().mapToInt(Integer::intValue).toArray());
    }
    return blocks;
  }

  /** Target firms at the start, all segments together. */
  public int initialFirms() {
    return segments.stream().mapToInt(SegmentSpec::initialFirms).sum();
  }
}
