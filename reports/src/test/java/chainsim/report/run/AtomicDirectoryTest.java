package chainsim.report.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicDirectoryTest {
  @TempDir Path temp;

  @Test
  void aWriteThatFailsHalfwayLeavesNothingBehind() throws IOException {
    Path target = temp.resolve("run");
    assertThatThrownBy(() -> AtomicDirectory.write(target, false, dir -> {
      Files.writeString(dir.resolve("summary.json"), "{}");
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(target).doesNotExist();
    try (Stream<Path> left = Files.list(temp)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aFailedReplacementKeepsTheEarlierDirectory() throws IOException {
    Path target = temp.resolve("run");
    AtomicDirectory.write(target, false, dir -> Files.writeString(dir.resolve("a.txt"), "first"));
    assertThatThrownBy(() -> AtomicDirectory.write(target, true, dir -> {
      throw new IOException("interrupted");
    })).hasMessage("interrupted");
    assertThat(target.resolve("a.txt")).hasContent("first");
    try (Stream<Path> left = Files.list(temp)) {
      assertThat(left).containsExactly(target);
    }
  }

  @Test
  void anExistingDirectoryIsReplacedOnlyWhenAsked() throws IOException {
    Path target = temp.resolve("run");
    AtomicDirectory.write(target, false, dir -> Files.writeString(dir.resolve("a.txt"), "first"));
    assertThatThrownBy(() -> AtomicDirectory.write(target, false, dir -> Files.writeString(dir.resolve("a.txt"), "x")))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(target.resolve("a.txt")).hasContent("first");
    AtomicDirectory.write(target, true, dir -> Files.writeString(dir.resolve("b.txt"), "second"));
    assertThat(target.resolve("a.txt")).doesNotExist();
    assertThat(target.resolve("b.txt")).hasContent("second");
  }
}
