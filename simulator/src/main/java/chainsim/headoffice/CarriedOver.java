package chainsim.headoffice;

import chainsim.market.ClientGrant;
import chainsim.market.HealthEffect;
import chainsim.market.SalesEffort;
import chainsim.random.Purpose;
import chainsim.random.RandomStreams;
import chainsim.selling.Completion;
import chainsim.selling.Subcontract;
import chainsim.world.EntitySpec;
import chainsim.world.SegmentSpec;
import chainsim.world.World;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * What one phase of the month leaves for a later phase or for next month: sellers' efforts and
 * health effects for the segments, partners' finished work and orders no partner took for the
 * sellers, and the firms each segment can still win.
 */
final class CarriedOver {
  private final World world;
  private List<List<SalesEffort>> efforts;
  private List<List<HealthEffect>> effects;
  private final List<List<Completion>> completions;
  private final List<List<Subcontract>> returned;
  final int[] winnable;
  private UniformRandomProvider headOfficeStream;
  private int headOfficeStreamMonth = -1;

  CarriedOver(World world) {
    this.world = world;
    this.efforts = emptyBySegment();
    this.effects = emptyBySegment();
    this.completions = lists(world.entities().size());
    this.returned = lists(world.entities().size());
    this.winnable = world.segments().stream().mapToInt(SegmentSpec::initialFirms).toArray();
  }

  static <T> List<List<T>> lists(int n) {
    List<List<T>> lists = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }

  <T> List<List<T>> emptyBySegment() {
    return lists(world.segments().size());
  }

  /** This month's inputs of every segment; efforts and effects start collecting for next month. */
  List<SegmentInputs> segmentInputs(List<List<ClientGrant>> grants) {
    List<SegmentInputs> inputs = new ArrayList<>(world.segments().size());
    for (int s = 0; s < world.segments().size(); s++) {
      inputs.add(new SegmentInputs(s, efforts.get(s), effects.get(s), grants.get(s)));
    }
    efforts = emptyBySegment();
    effects = emptyBySegment();
    return inputs;
  }

  void keepEfforts(List<SalesEffort> next) {
    next.forEach(e -> efforts.get(e.segment()).add(e));
  }

  void keepEffects(List<HealthEffect> next) {
    next.forEach(e -> effects.get(e.segment()).add(e));
  }

  void completeForSeller(Completion c) {
    completions.get(c.order().seller()).add(c);
  }

  void returnToSeller(int seller, Subcontract s) {
    returned.get(seller).add(s);
  }

  List<Completion> takeCompletions(int seller) {
    List<Completion> list = completions.get(seller);
    completions.set(seller, new ArrayList<>());
    return list;
  }

  List<Subcontract> takeReturned(int seller) {
    List<Subcontract> list = returned.get(seller);
    returned.set(seller, new ArrayList<>());
    return list;
  }

  /** Splits a count over an entity's segments in proportion to the firms they can still win. */
  int[] spreadOverSegments(int count, EntitySpec spec) {
    int[] segments = spec.segments();
    double[] weights = new double[segments.length];
    for (int i = 0; i < segments.length; i++) {
      weights[i] = winnable[segments[i]];
    }
    return chainsim.selling.Apportion.byLargestRemainder(count, weights);
  }

  UniformRandomProvider headOfficeStream(RandomStreams streams, int replication, int month) {
    if (month != headOfficeStreamMonth) {
      headOfficeStream = streams.stream(replication, RandomStreams.key("headoffice"), month, Purpose.HEAD_OFFICE.key());
      headOfficeStreamMonth = month;
    }
    return headOfficeStream;
  }
}
