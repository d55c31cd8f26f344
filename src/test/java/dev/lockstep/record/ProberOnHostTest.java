package dev.lockstep.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe script run for real, by this Debian host's /bin/sh (dash), not bash. */
class ProberOnHostTest {
  private final Prober prober = new Prober();

  @Test
  void hostRecordHoldsItsOsReleaseAndItsDpkgPackages() throws Exception {
    Record record = prober.probe(new HostShell(), List.of());

    assertThat(record.os().id()).isEqualTo("debian");
    assertThat(record.os().debianVersion()).isNotEmpty();
    assertThat(record.packages())
        .filteredOn(p -> p.name().equals("dpkg"))
        .singleElement()
        .satisfies(dpkg -> assertThat(dpkg.status()).isEqualTo("installed"));
    assertThat(record.smoke()).isEmpty();
  }

  @Test
  void probingTwiceGivesTheSameRecord() throws Exception {
    assertThat(RecordJson.write(prober.probe(new HostShell(), List.of())))
        .isEqualTo(RecordJson.write(prober.probe(new HostShell(), List.of())));
  }

  @Test
  void smokeChecksRecordTheirOutputExitCodeAndVerdict() throws Exception {
    List<SmokeCheck> checks =
        List.of(
            new SmokeCheck("greet", "echo 'Hello, world!'", "Hello, world!"),
            new SmokeCheck("broken", "echo oops >&2; echo partial; exit 3", "whole"));

    Record record = prober.probe(new HostShell(), checks);

    assertThat(record.smoke())
        .containsExactly(
            new SmokeResult(
                "broken", checks.get(1).run(), "whole", 3, "partial\n", "oops\n", false),
            new SmokeResult(
                "greet", checks.get(0).run(), "Hello, world!", 0, "Hello, world!\n", "", true));
    assertThat(record.smokePassed()).isFalse();
    assertThat(record.failedSmoke()).extracting(SmokeResult::name).containsExactly("broken");
  }

  @Test
  void aTargetWithoutDpkgFailsNamingTheDpkgProbe(@TempDir Path bin) throws Exception {
    Files.createSymbolicLink(bin.resolve("cat"), Path.of("/bin/cat"));
    ContainerShell noDpkg = script -> new HostShell().run("PATH=" + bin + "\n" + script);

    assertThatThrownBy(() -> prober.probe(noDpkg, List.of()))
        .isInstanceOf(ProbeException.class)
        .hasMessageStartingWith("probe dpkg: its command exited 127")
        .hasMessageContaining("dpkg-query: not found");
  }
}
