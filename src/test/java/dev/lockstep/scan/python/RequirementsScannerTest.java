package dev.lockstep.scan.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Scanned;
import dev.lockstep.scan.SourceFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RequirementsScannerTest {
  private static final String HASH = "--hash=sha256:" + "a".repeat(64);
  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";
  private final RequirementsScanner scanner = new RequirementsScanner();

  private Scanned scan(String text) {
    return Scanned.scan(scanner, "requirements.txt", text);
  }

  @Test
  void anExactHashedRequirementIsFine() {
    String text =
        "requests==2.31.0 \\\n    "
            + HASH
            + " \\\n    "
            + HASH
            + "\n"
            + "idna===3.6 "
            + HASH
            + "  # comment\n";
    assertThat(scan(text).findings).isEmpty();
  }

  @Test
  void aRangeIsUnpinnedAndUnhashed() {
    Scanned found =
        scan("# deps\nflask>=2.0\n  Django[argon2] ~= 4.2 ; python_version > \"3.8\"\n");
    assertThat(found.findings)
        .containsExactly(
            "2:1 python-requirement-unpinned",
            "2:1 python-requirement-unhashed",
            "3:3 python-requirement-unpinned",
            "3:3 python-requirement-unhashed");
  }

  @Test
  void aLineWithAMegabyteOfSpacesIsReadInOnePass() {
    String spaces = " ".repeat(1_000_000);
    Scanned found = scan("requests" + spaces + ">=1" + spaces + ",<3" + spaces + "\n");
    assertThat(found.findings)
        .containsExactly("1:1 python-requirement-unpinned", "1:1 python-requirement-unhashed");
  }

  @Test
  void anExactRequirementWithoutHashIsUnhashedOnly() {
    assertThat(scan("numpy==1.26.4\nrich==13.*\n").findings)
        .containsExactly(
            "1:1 python-requirement-unhashed",
            "2:1 python-requirement-unpinned",
            "2:1 python-requirement-unhashed");
  }

  @Test
  void includesOptionsAndLocalPathsAreNotRequirements() {
    String text =
        "-r base.txt\n-c constraints.txt\n--index-url https://pypi.example/simple\n"
            + "--extra-index-url=https://x\n-i https://y\n--require-hashes\n-e .\n./libs/pkg\n"
            + "--find-links ./wheels\n";
    Scanned found = scan(text);
    assertThat(found.findings).isEmpty();
    assertThat(found.diagnostics).isEmpty();
  }

  @Test
  void vcsReferencesNeedAFullCommit() {
    String text =
        "git+https://github.com/org/a.git@"
            + SHA
            + "#egg=a\n"
            + "b @ git+https://github.com/org/b.git@v1.0\n"
            + "-e git+ssh://git@github.com/org/c.git#egg=c\n"
            + "d @ git+https://github.com/org/d@"
            + SHA
            + "\n";
    assertThat(scan(text).findings)
        .containsExactly("2:1 python-vcs-unpinned", "3:1 python-vcs-unpinned");
  }

  @Test
  void constraintsFilesAreNotAskedForHashes() {
    assertThat(Scanned.scan(scanner, "constraints.txt", "a==1.0\nb>=2\n").findings)
        .containsExactly("2:1 python-requirement-unpinned");
  }

  @Test
  void anUnreadableLineIsADiagnostic() {
    Scanned found = scan("ok==1.0 " + HASH + "\nthis is not a requirement\n");
    assertThat(found.diagnostics)
        .containsExactly(
            "2:1 cannot read requirement \"this is not a requirement\"; write name==version");
  }

  @Test
  void requirementsFilesAreRecognisedByNameAndConservativelyByContent() {
    assertThat(accepts("requirements-dev.txt", "")).isTrue();
    assertThat(accepts("dev-requirements.txt", "")).isTrue();
    assertThat(accepts("requirements/base.txt", "")).isTrue();
    assertThat(accepts("deps/pip.txt", "flask==2.0\nrequests>=2\n")).isTrue();
    assertThat(accepts("words.txt", "apple\nbanana\n")).isFalse();
    assertThat(accepts("VERSION.txt", "1.2.3\n")).isFalse();
    assertThat(accepts("x.egg-info/requires.txt", "a>=1\n[dev]\nb\n")).isFalse();
    assertThat(accepts("notes.txt", "Use flask>=2 for this\n")).isFalse();
    assertThat(accepts("CMakeLists.txt", "cmake_minimum_required(VERSION 3.10)\n")).isFalse();
  }

  private boolean accepts(String path, String text) {
    return scanner.accepts(new SourceFile(Path.of("/r"), path, text));
  }
}
