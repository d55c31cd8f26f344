package dev.lockstep.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeParsingTest {

  @Test
  void osReleaseValuesMayBeQuotedEscapedOrBare() throws Exception {
    List<String> lines =
        List.of(
            "# written by base-files",
            "PRETTY_NAME=\"Debian GNU/Linux 12 \\\"bookworm\\\" \\$HOME\"",
            "",
            "ID=debian",
            "VERSION_ID='12'",
            "VERSION_CODENAME=bookworm",
            "HOME_URL=\"https://www.debian.org/\"");

    OsRelease os = OsReleaseParser.parse(lines, List.of("12.11", ""));

    assertThat(os)
        .isEqualTo(
            new OsRelease(
                "debian", "12", "bookworm", "Debian GNU/Linux 12 \"bookworm\" $HOME", "12.11"));
  }

  @Test
  void fieldsMissingFromOsReleaseAreEmpty() throws Exception {
    OsRelease os =
        OsReleaseParser.parse(
            List.of("PRETTY_NAME=\"Debian GNU/Linux trixie/sid\"", "ID=debian"),
            List.of("trixie/sid"));

    assertThat(os.versionId()).isEmpty();
    assertThat(os.versionCodename()).isEmpty();
    assertThat(os.debianVersion()).isEqualTo("trixie/sid");
  }

  @Test
  void osReleaseLineThatIsNotKeyValueNamesTheProbeAndLine() {
    assertThatThrownBy(() -> OsReleaseParser.parse(List.of("ID=debian", "garbage here"), List.of()))
        .isInstanceOf(ProbeException.class)
        .hasMessage("probe os-release: line 2 is not KEY=value: garbage here")
        .extracting(e -> ((ProbeException) e).probe())
        .isEqualTo("os-release");
  }

  @Test
  void osReleaseWithAnUnclosedQuoteIsRefused() {
    assertThatThrownBy(() -> OsReleaseParser.parse(List.of("NAME=\"Debian"), List.of()))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("unclosed quote");
  }

  @Test
  void dpkgLinesKeepEpochsOddNamesAndArchitectures() throws Exception {
    List<InstalledPackage> packages =
        DpkgParser.parse(
            List.of(
                "tzdata\t1:2025b-0+deb12u1\tall\tinstall\tinstalled",
                "libstdc++6\t12.2.0-14+deb12u1\tamd64\tinstall\tinstalled",
                "g++-12\t12.2.0-14\tamd64\thold\tinstalled",
                "libc6:i386\t2.36-9+deb12u9\ti386\tinstall\tinstalled",
                "libc6:amd64\t2.36-9+deb12u9\tamd64\tinstall\tinstalled",
                "",
                "oldconf\t1.0-1\tamd64\tdeinstall\tconfig-files"));

    assertThat(packages)
        .containsExactly(
            new InstalledPackage("tzdata", "1:2025b-0+deb12u1", "all", "installed", false),
            new InstalledPackage("libstdc++6", "12.2.0-14+deb12u1", "amd64", "installed", false),
            new InstalledPackage("g++-12", "12.2.0-14", "amd64", "installed", true),
            new InstalledPackage("libc6", "2.36-9+deb12u9", "i386", "installed", false),
            new InstalledPackage("libc6", "2.36-9+deb12u9", "amd64", "installed", false),
            new InstalledPackage("oldconf", "1.0-1", "amd64", "config-files", false));
  }

  @Test
  void holdStateComesFromTheSelection() throws Exception {
    List<InstalledPackage> packages =
        DpkgParser.parse(
            List.of(
                "hello\t2.10-3\tamd64\thold\tinstalled", "jq\t1.6-2.1\tamd64\tinstall\tinstalled"));

    assertThat(packages).extracting(InstalledPackage::held).containsExactly(true, false);
  }

  @Test
  void packagesThatAreOnlyASelectionAreLeftOut() throws Exception {
    List<InstalledPackage> packages =
        DpkgParser.parse(
            List.of("hello\t2.10-3\tamd64\tinstall\tinstalled", "ghost\t\t\thold\tnot-installed"));

    assertThat(packages).extracting(InstalledPackage::name).containsExactly("hello");
  }

  @Test
  void dpkgLineWithTooFewFieldsNamesTheProbeAndLine() {
    assertThatThrownBy(
            () ->
                DpkgParser.parse(List.of("hello\t2.10-3\tamd64\tinstall\tinstalled", "hello 2.10")))
        .isInstanceOf(ProbeException.class)
        .hasMessage("probe dpkg: line 2 has 1 fields, expected 5: hello 2.10");
  }

  @Test
  void anEmptyDpkgDatabaseIsAnError() {
    assertThatThrownBy(() -> DpkgParser.parse(List.of("")))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("probe dpkg: dpkg lists no installed package");
  }

  @Test
  void scriptOutputSplitsIntoSectionsWithTheirStatus() throws Exception {
    ShellResult result =
        new ShellResult(
            0,
            "### lockstep begin os-release\nID=debian\n\n### lockstep status os-release 0\n"
                + "### lockstep begin dpkg\n\n### lockstep status dpkg 127\n### lockstep end\n",
            "sh: 1: dpkg-query: not found\n");

    var sections = ProbeScript.sections(result);

    assertThat(sections.get("os-release").lines()).containsExactly("ID=debian", "");
    assertThatThrownBy(() -> ProbeScript.require(sections, "dpkg", result))
        .isInstanceOf(ProbeException.class)
        .hasMessage(
            "probe dpkg: its command exited 127 (script exit 0; stderr: sh: 1: dpkg-query: not found)");
  }

  @Test
  void aScriptThatDidNotFinishIsAnError() {
    ShellResult result = new ShellResult(137, "### lockstep begin os-release\nID=deb", "Killed");

    assertThatThrownBy(() -> ProbeScript.sections(result))
        .isInstanceOf(ProbeException.class)
        .hasMessage(
            "probe script: the probe script did not finish (script exit 137; stderr: Killed)");
  }

  @Test
  void aMissingSectionNamesTheProbe() throws Exception {
    ShellResult result = new ShellResult(0, "### lockstep end\n", "");
    var sections = ProbeScript.sections(result);

    assertThatThrownBy(() -> ProbeScript.require(sections, "debian_version", result))
        .isInstanceOf(ProbeException.class)
        .hasMessageStartingWith("probe debian_version: its output is missing");
  }
}
