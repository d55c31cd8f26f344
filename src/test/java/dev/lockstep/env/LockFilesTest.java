package dev.lockstep.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockFilesTest {
  @TempDir Path dir;

  @Test
  void lockRoundTripsToTheSameBytes() throws Exception {
    Path file = LockFiles.path(dir, "sample");
    String sha = LockFiles.write(file, Locks.sample(Locks.sha('a')));
    byte[] first = Files.readAllBytes(file);

    LockFiles.Read read = LockFiles.read(file, "sample");
    LockFiles.write(file, read.lock());

    assertThat(Files.readAllBytes(file)).isEqualTo(first);
    assertThat(read.sha256()).isEqualTo(sha).isEqualTo(CanonicalJson.sha256(first));
    assertThat(new String(first, StandardCharsets.UTF_8)).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void packagesAreWrittenInNameOrder() {
    Lock lock = Locks.sample(Locks.sha('a'));

    assertThat(lock.apt().packages())
        .extracting(Lock.AptPackage::name)
        .containsExactly("hello", "jq");
    assertThat(lock.base().packages())
        .extracting(Lock.BasePackage::name)
        .containsExactly("bash", "libc6");
  }

  @Test
  void lockedVersionsHoldBaseAndClosure() {
    assertThat(Locks.sample(Locks.sha('a')).lockedVersions())
        .containsEntry("jq", "1.6-2.1+deb12u2")
        .containsEntry("bash", "5.2.15-2+b9");
  }

  @Test
  void staleLockIsRefusedWithTheFixingCommand() throws Exception {
    Path file = LockFiles.path(dir, "sample");
    LockFiles.write(file, Locks.sample(Locks.sha('a')));
    LockFiles.Read read = LockFiles.read(file, "sample");
    Matrix changed =
        new Matrix(
            "sample",
            Locks.sha('f'),
            new RootfsBase("bookworm", "minbase"),
            List.of(new AptPin("hello", Optional.empty())),
            List.of());

    assertThat(read.lock().isStaleFor(changed)).isTrue();
    assertThatThrownBy(() -> LockFiles.requireCurrent(read, changed, file))
        .isInstanceOf(LockException.class)
        .hasMessageContaining("is stale")
        .hasMessageContaining("run `lockstep lock sample`");
  }

  @Test
  void currentLockIsAccepted() throws Exception {
    Path file = LockFiles.path(dir, "sample");
    LockFiles.write(file, Locks.sample(Locks.sha('a')));
    Matrix same =
        new Matrix(
            "sample", Locks.sha('a'), new RootfsBase("bookworm", "minbase"), List.of(), List.of());

    LockFiles.requireCurrent(LockFiles.read(file, "sample"), same, file);

    assertThat(LockFiles.read(file, "sample").lock().isStaleFor(same)).isFalse();
  }

  @Test
  void missingLockSaysHowToMakeIt() {
    assertThatThrownBy(() -> LockFiles.read(LockFiles.path(dir, "sample"), "sample"))
        .isInstanceOf(LockException.class)
        .hasMessageContaining("is missing")
        .hasMessageContaining("lockstep lock sample");
  }

  @Test
  void unreadableLockSaysHowToWriteItAgain() throws Exception {
    Path file = LockFiles.path(dir, "sample");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"formatVersion\": 1, \"extra\": true}\n");

    assertThatThrownBy(() -> LockFiles.read(file, "sample"))
        .isInstanceOf(LockException.class)
        .hasMessageContaining("is not a lock this lockstep reads")
        .hasMessageContaining("lockstep lock sample");
  }
}
