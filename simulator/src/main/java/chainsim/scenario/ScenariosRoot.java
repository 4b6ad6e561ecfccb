package chainsim.scenario;

import chainsim.scenario.source.Overlays;
import java.nio.file.Path;

/**
 * The scenarios' root: the nearest directory above a scenario file holding {@value #MARKER}, else the file's
 * own directory. Files that extend a scenario (calibrated overlays, plans, rebalances) must live below it, since
 * an {@code extends} never leaves it.
 */
public final class ScenariosRoot {
  /** The file that marks the root. */
  public static final String MARKER = Overlays.ROOT_MARKER;

  private ScenariosRoot() {}

  /** The root of the scenario file {@code file}, as a real absolute path. */
  public static Path of(Path file) {
    return Overlays.scenariosRoot(file);
  }
}
