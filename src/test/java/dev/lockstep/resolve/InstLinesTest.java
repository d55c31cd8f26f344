package dev.lockstep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.resolve.InstLines.Inst;
import org.junit.jupiter.api.Test;

class InstLinesTest {
  private static final String SIMULATED =
      """
      NOTE: This is only a simulation!
            apt-get needs root privileges for real execution.
      Reading package lists...
      The following NEW packages will be installed:
        hello jq libjq1
      Inst libc6 [2.36-9+deb12u10] (2.36-9+deb12u14 Debian:12.15/oldstable [amd64]) []
      Inst libjq1 (1.6-2.1+deb12u2 Debian:12.15/oldstable [amd64])
      Inst jq (1.6-2.1+deb12u2 Debian:12.15/oldstable [amd64])
      Inst ca-certificates (20230311+deb12u1 Debian:12.15/oldstable, Debian:12.15/oldstable [all])
      Inst libfoo:i386 (1.0-1 Debian:12.15/oldstable [i386])
      Conf libjq1 (1.6-2.1+deb12u2 Debian:12.15/oldstable [amd64])
      Conf jq (1.6-2.1+deb12u2 Debian:12.15/oldstable [amd64])
      """;

  @Test
  void readsEveryInstLineInAptsOrder() {
    assertThat(InstLines.parse(SIMULATED))
        .containsExactly(
            new Inst("libc6", "2.36-9+deb12u14", "amd64"),
            new Inst("libjq1", "1.6-2.1+deb12u2", "amd64"),
            new Inst("jq", "1.6-2.1+deb12u2", "amd64"),
            new Inst("ca-certificates", "20230311+deb12u1", "all"),
            new Inst("libfoo", "1.0-1", "i386"));
  }

  @Test
  void nothingToInstallIsAnEmptyClosure() {
    assertThat(InstLines.parse("0 upgraded, 0 newly installed, 0 to remove\n")).isEmpty();
  }

  @Test
  void unreadableInstLineIsAnError() {
    assertThatThrownBy(() -> InstLines.parse("Inst broken\n")).hasMessageContaining("Inst broken");
  }

  @Test
  void aptCacheShowGivesEachDebsSha256() {
    String shown =
        """
        Package: hello
        Version: 2.10-3
        Architecture: amd64
        Description: example package
         based on GNU hello
        SHA256: %s

        Package: jq
        Version: 1.6-2.1+deb12u2
        Architecture: amd64
        SHA256: %s
        """
            .formatted("1".repeat(64), "2".repeat(64));

    assertThat(AptCacheShow.sha256s(shown))
        .containsEntry("hello=2.10-3/amd64", "1".repeat(64))
        .containsEntry("jq=1.6-2.1+deb12u2/amd64", "2".repeat(64))
        .hasSize(2);
  }

  @Test
  void releaseDateBecomesSourceDateEpoch() {
    String release = "Origin: Debian\nCodename: bookworm\nDate: Sat, 11 Jul 2026 10:16:37 UTC\n";

    assertThat(DebianRelease.parse("bookworm", release))
        .contains(new DebianRelease("bookworm", "Sat, 11 Jul 2026 10:16:37 UTC", 1783764997L));
    assertThat(DebianRelease.parse("bookworm", "Origin: Debian\n")).isEmpty();
  }
}
