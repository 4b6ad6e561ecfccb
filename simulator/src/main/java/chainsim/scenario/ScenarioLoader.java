package chainsim.scenario;

import chainsim.scenario.tree.MapNode;
import chainsim.scenario.source.Overlays;
import chainsim.scenario.source.TreeJson;
import chainsim.scenario.validation.BusinessRules;
import chainsim.scenario.validation.Shape;
import chainsim.scenario.validation.StructureCheck;
import chainsim.scenario.validation.TooManyProblems;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a scenario file: resolves {@code extends}, validates the result in two passes (the shape
 * of every value, then the rules between them), and only then binds it into the records. Every
 * problem is reported, in file and position order, each pointing into the file that holds it. The
 * rules run on every part whose shape is right, so a wrong type in one section does not hide a
 * month outside the horizon in another.
 */
public final class ScenarioLoader {
  private static final ObjectMapper BINDER = ScenarioMapper.json();
  private static final Logger LOG = LoggerFactory.getLogger(ScenarioLoader.class);

  private ScenarioLoader() {}

  /** The scenario of a file, or every problem it has. */
  public static LoadedScenario load(Path file) throws ScenarioException {
    return load(null, file);
  }

  /**
   * The scenario of a text that pretends to be a file (its bases are read relative to that
   * file), or every problem it has.
   */
  public static LoadedScenario load(String text, Path pretendFile) throws ScenarioException {
    Outcome outcome = run(pretendFile, text);
    if (!outcome.problems.isEmpty()) {
      throw new ScenarioException(outcome.problems);
    }
    String yaml = ScenarioWriter.write(outcome.scenario);
    return new LoadedScenario(outcome.scenario, pretendFile, outcome.sources, yaml, sha256(yaml));
  }

  /** Every problem of a file; empty when it loads. */
  public static List<Problem> validate(Path file) {
    return run(file, null).problems;
  }

  /** Every problem of a text pretending to be a file (bases are read relative to it). */
  public static List<Problem> validate(String text, Path pretendFile) {
    return run(pretendFile, text).problems;
  }

  private static final class Outcome {
    final List<Problem> problems = new ArrayList<>();
    List<Path> sources = List.of();
    Scenario scenario;
  }

  private static Outcome run(Path file, String text) {
    Outcome out = new Outcome();
    long start = System.nanoTime();
    int readProblems = 0;
    int shapeProblems = 0;
    try {
      Overlays.Resolved resolved = Overlays.resolve(file, text, out.problems);
      out.sources = resolved.sources();
      MapNode tree = resolved.tree();
      long resolvedAt = System.nanoTime();
      readProblems = out.problems.size();
      if (resolved.complete()) {
        Shape shape = StructureCheck.check(tree, out.problems);
        shapeProblems = shape.problems();
        if (shape.clean() && readProblems == 0) {
          out.scenario = bind(tree, file, out.problems);
          if (out.scenario != null) {
            BusinessRules.check(out.scenario, tree, shape, out.problems);
          }
        } else {
          rulesOnWhatBinds(tree, shape, out.problems);
          out.scenario = null;
        }
      }
      LOG.debug("{}: bases resolved in {} ms, checked in {} ms", Problem.displayPath(file),
          (resolvedAt - start) / 1_000_000, (System.nanoTime() - resolvedAt) / 1_000_000);
    } catch (TooManyProblems e) {
      out.problems.add(e.problem());
    } catch (OutOfMemoryError e) {
      // The tree and the problems found so far are garbage now: room enough for one line.
      out.problems.clear();
      out.problems.add(new Problem(file, 1, 1, "", "not enough memory to check this scenario (the Java heap is"
          + " limited to " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); give Java more, e.g. -Xmx2g"));
    } catch (RuntimeException | StackOverflowError e) {
      // A bug of ours, not of the file: still a located line, never a stack trace.
      out.problems.add(new Problem(file, 1, 1, "", "internal error while validating: " + e));
    }
    List<Problem> sorted = Problem.sortedDistinct(out.problems);
    out.problems.clear();
    out.problems.addAll(sorted);
    if (LOG.isInfoEnabled()) {
      LOG.info("{}: {}; {} in {} ms", Problem.displayPath(file), describeSources(out.sources),
          describeProblems(readProblems, shapeProblems, out.problems.size() - readProblems - shapeProblems),
          (System.nanoTime() - start) / 1_000_000);
    }
    return out;
  }

  /**
   * The second pass on a file with problems already: the rules on every part whose shape is
   * right, and the references inside the parts that are not. A partial scenario is not one the
   * rules were written for; should one of them fail on it, the problems found so far stand.
   */
  private static void rulesOnWhatBinds(MapNode tree, Shape shape, List<Problem> problems) {
    Scenario partial;
    try {
      partial = BINDER.treeToValue(TreeJson.toJson(shape.bindable()), Scenario.class);
    } catch (Exception | StackOverflowError e) {
      LOG.debug("the parts of the scenario whose shape is right do not bind: {}", e.toString());
      shape.checkReferencesLeftOut(problems, true);
      return;
    }
    shape.checkReferencesLeftOut(problems, false);
    List<Problem> found = new ArrayList<>();
    try {
      BusinessRules.check(partial, tree, shape, found);
      problems.addAll(found);
    } catch (TooManyProblems e) {
      problems.addAll(found);
      throw e;
    } catch (RuntimeException e) {
      LOG.debug("the rules could not run on the parts whose shape is right: {}", e.toString());
    }
  }

  private static String describeSources(List<Path> sources) {
    if (sources.size() <= 1) {
      return "no bases";
    }
    List<String> bases = sources.subList(1, sources.size()).stream().map(Problem::displayPath).toList();
    return (bases.size() == 1 ? "1 base (" : bases.size() + " bases (") + String.join(", ", bases) + ")";
  }

  private static String describeProblems(int reading, int shape, int rules) {
    int all = reading + shape + rules;
    if (all == 0) {
      return "valid";
    }
    List<String> kinds = new ArrayList<>();
    if (reading > 0) {
      kinds.add(reading + " reading the files");
    }
    if (shape > 0) {
      kinds.add(shape + " of shape");
    }
    if (rules > 0) {
      kinds.add(rules + " between values");
    }
    return all + (all == 1 ? " problem (" : " problems (") + String.join(", ", kinds) + ")";
  }

  private static Scenario bind(MapNode tree, Path file, List<Problem> problems) {
    try {
      return BINDER.treeToValue(TreeJson.toJson(tree), Scenario.class);
    } catch (Exception e) {
      problems.add(new Problem(file, tree.position().line(), tree.position().column(), "",
          "internal error binding the scenario: " + e.getMessage()));
      return null;
    }
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
