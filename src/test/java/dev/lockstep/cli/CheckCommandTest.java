package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private static final String DIGEST = "@sha256:" + "0123456789abcdef".repeat(4);

  @TempDir Path tree;

  record Run(int exit, String out, String err) {}

  private Run check(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of("check"));
    all.addAll(List.of(args));
    int exit =
        Lockstep.run(
            all.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private void write(String path, String text) throws IOException {
    Path file = tree.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void aPinnedTreeExitsZeroWithASummaryOnStderr() throws IOException {
    write("Dockerfile", "FROM debian:bookworm" + DIGEST + "\nRUN apt-get install -y curl=7.88\n");
    Run run = check(tree.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no floating versions").contains("1 file checked");
  }

  @Test
  void findingsAreSortedRelativeAndExitOne() throws IOException {
    write("b/Dockerfile", "FROM redis:7\n");
    write("a/setup.sh", "pip install flask\napt-get install -y vim\n");
    Run run = check(tree.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out().lines())
        .containsExactly(
            "a/setup.sh:1:13: pip-install-unpinned pip installs flask without an exact version;"
                + " pin it as flask==<version>, or install from a hashed requirements file",
            "a/setup.sh:2:20: os-package-unpinned apt-get installs vim without a version; pin it as"
                + " vim=<version>",
            "b/Dockerfile:1:6: image-unpinned FROM uses image redis:7 without a digest; pin it as"
                + " redis:7@sha256:<digest>");
    assertThat(run.err()).contains("3 floating versions in 2 files");
  }

  @Test
  void aBrokenFileIsADiagnosticWhileTheRestIsScanned() throws IOException {
    write("bad/Dockerfile", "FROM scratch\nNOT-AN-INSTRUCTION here\n");
    write("good/Dockerfile", "FROM redis:7\n");
    Run run = check(tree.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).contains("good/Dockerfile:1:6: image-unpinned");
    assertThat(run.err()).contains("bad/Dockerfile:2:1: error: ").doesNotContain("Exception");
  }

  @Test
  void gitignoredFilesAndSkippedFoldersAreNotScanned() throws IOException {
    write(".gitignore", "build/\n*.generated.sh\n");
    write("sub/.gitignore", "local.sh\n!keep.generated.sh\n");
    write("build/Dockerfile", "FROM a:1\n");
    write("x.generated.sh", "pip install a\n");
    write("sub/local.sh", "pip install a\n");
    write("sub/keep.generated.sh", "pip install kept\n");
    write("node_modules/p/install.sh", "pip install a\n");
    write("vendor/v.sh", "pip install a\n");
    Run run = check(tree.toString());
    assertThat(run.out().lines())
        .singleElement()
        .asString()
        .startsWith("sub/keep.generated.sh:1:13:");
  }

  @Test
  void aSymlinkOutOfTheTreeIsNotFollowed(@TempDir Path outside) throws IOException {
    Files.writeString(outside.resolve("Dockerfile"), "FROM a:1\n");
    Files.createSymbolicLink(tree.resolve("Dockerfile"), outside.resolve("Dockerfile"));
    Files.createSymbolicLink(tree.resolve("linked"), outside);
    Run run = check(tree.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.OK);
    assertThat(run.err())
        .contains("skipped Dockerfile: a symbolic link that points out of the tree");
  }

  @Test
  void binaryAndHugeFilesAreSkippedWithANote() throws IOException {
    Files.write(tree.resolve("Dockerfile"), new byte[] {'F', 'R', 'O', 'M', ' ', 0, 'x'});
    write("big.sh", "pip install a\n" + "#".repeat(3 * 1024 * 1024));
    Run run = check(tree.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.OK);
    assertThat(run.err())
        .contains("skipped Dockerfile: binary")
        .contains("skipped big.sh: larger than 2 MiB");
  }

  @Test
  void inlineSuppressionNeedsAReason() throws IOException {
    write(
        "run.sh",
        "# lockstep: ignore[pip-install-unpinned] the image is thrown away\npip install a\n"
            + "pip install b  # lockstep: ignore[pip-install-unpinned]\n");
    Run run = check(tree.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out().lines()).singleElement().asString().startsWith("run.sh:3:13:");
    assertThat(run.err())
        .contains("run.sh:3:18: error: lockstep: ignore[pip-install-unpinned] needs a reason");
  }

  @Test
  void existingPragmasAreHonouredForTheirRules() throws IOException {
    write(
        "Dockerfile",
        "# hadolint ignore=DL3007\nFROM a:latest\n# hadolint ignore=DL3008\nFROM b:1\n");
    Run run = check(tree.toString());
    assertThat(run.out().lines()).singleElement().asString().startsWith("Dockerfile:4:6:");
  }

  @Test
  void lockstepYamlExcludesPathsAndIgnoresRules() throws IOException {
    write(
        ".lockstep.yaml",
        "exclude:\n  - third_party/**\nignore:\n  - rule: image-unpinned\n    paths: [test/**]\n"
            + "    reason: fixtures\n");
    write("third_party/x/Dockerfile", "FROM a:1\n");
    write("test/Dockerfile", "FROM a:1\nRUN pip install x\n");
    Run run = check(tree.toString());
    assertThat(run.out().lines()).singleElement().asString().startsWith("test/Dockerfile:2:");
  }

  @Test
  void aBadLockstepYamlIsADiagnosticWithItsLine() throws IOException {
    write(".lockstep.yaml", "ignore:\n  - rule: no-such-rule\n    reason: x\n");
    Run run = check(tree.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains(".lockstep.yaml:2:1: error: ignore names an unknown rule");
  }

  @Test
  void filesCanBeNamedOneByOne() throws IOException {
    write("a/Dockerfile", "FROM a:1\n");
    write("b/Dockerfile", "FROM b:1\n");
    Run run = check(tree.resolve("a/Dockerfile").toString(), tree.resolve("nope").toString());
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).contains("a/Dockerfile:1:6:").doesNotContain("b/Dockerfile");
    assertThat(run.err()).contains("no such file or directory");
  }

  @Test
  void jsonFollowsItsDocumentedShape() throws IOException {
    write("Dockerfile", "FROM redis:7\n");
    Run run = check(tree.toString(), "--format", "json");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
    JsonNode finding = json.path("findings").get(0);
    assertThat(finding.path("path").asText()).isEqualTo("Dockerfile");
    assertThat(finding.path("line").asInt()).isEqualTo(1);
    assertThat(finding.path("column").asInt()).isEqualTo(6);
    assertThat(finding.path("rule").asText()).isEqualTo("image-unpinned");
    assertThat(json.path("summary").path("findings").asInt()).isEqualTo(1);
    assertThat(run.exit()).isEqualTo(ExitCode.FINDINGS);
  }

  @Test
  void sarifHasTheStructureCodeScanningNeeds() throws IOException {
    write("with space/Dockerfile", "FROM redis:7\n");
    write("bad/Dockerfile", "BOGUS\n");
    Run run = check(tree.toString(), "--format", "sarif");
    JsonNode log = new ObjectMapper().readTree(run.out());
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("$schema").asText()).contains("sarif-2.1.0");
    JsonNode sarifRun = log.path("runs").get(0);
    JsonNode driver = sarifRun.path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("lockstep");
    assertThat(driver.path("version").asText()).isNotEmpty();
    assertThat(driver.path("informationUri").asText()).startsWith("https://");
    for (JsonNode rule : driver.path("rules")) {
      assertThat(rule.path("id").asText()).isNotEmpty();
      assertThat(rule.path("name").asText()).isNotEmpty();
      assertThat(rule.path("shortDescription").path("text").asText()).endsWith(".");
      assertThat(rule.path("fullDescription").path("text").asText()).endsWith(".");
      assertThat(rule.path("helpUri").asText())
          .isEqualTo(
              "https://github.com/lockstep-dev/lockstep/blob/main/docs/rules/"
                  + rule.path("id").asText()
                  + ".md");
    }
    assertThat(sarifRun.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
        .startsWith("file:///")
        .endsWith("/");
    JsonNode result = sarifRun.path("results").get(0);
    int index = result.path("ruleIndex").asInt();
    assertThat(driver.path("rules").get(index).path("id").asText())
        .isEqualTo(result.path("ruleId").asText())
        .isEqualTo("image-unpinned");
    assertThat(result.path("level").asText()).isEqualTo("error");
    assertThat(result.path("message").path("text").asText()).endsWith(".");
    JsonNode location = result.path("locations").get(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText())
        .isEqualTo("with%20space/Dockerfile");
    assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(location.path("region").path("startLine").asInt()).isEqualTo(1);
    assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(6);
    JsonNode invocation = sarifRun.path("invocations").get(0);
    assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
    assertThat(
            invocation
                .path("toolExecutionNotifications")
                .get(0)
                .path("locations")
                .get(0)
                .path("physicalLocation")
                .path("artifactLocation")
                .path("uri")
                .asText())
        .isEqualTo("bad/Dockerfile");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Run run = check(tree.toString(), "--format", "xml");
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("--format");
  }

  @Test
  void makefileRecipesAreShell() throws IOException {
    write("Makefile", "all:\n\t@apt-get install -y curl $$PKG\n\t-npm i left-pad\n");
    Run run = check(tree.toString());
    assertThat(run.out().lines())
        .extracting(line -> line.substring(0, line.indexOf(' ')))
        .containsExactly("Makefile:2:22:", "Makefile:3:9:");
  }

  @Test
  void scriptsAreFoundByShebang() throws IOException {
    write("tools/provision", "#!/usr/bin/env bash\ngem install rails\n");
    write("tools/notes", "gem install rails\n");
    Run run = check(tree.toString());
    assertThat(run.out().lines()).singleElement().asString().startsWith("tools/provision:2:13:");
  }

  @Test
  void severalDirectoriesAreReportedRelativeToTheWorkingDirectory(@TempDir Path other)
      throws IOException {
    write("Dockerfile", "FROM a:1\n");
    Files.writeString(other.resolve("Dockerfile"), "FROM b:1\n");
    Run run = check(tree.toString(), other.toString());
    Path cwd = Path.of("").toAbsolutePath();
    assertThat(run.out().lines())
        .containsExactlyInAnyOrder(
            cwd.relativize(tree.toRealPath().resolve("Dockerfile"))
                + ":1:6: image-unpinned FROM"
                + " uses image a:1 without a digest; pin it as a:1@sha256:<digest>",
            cwd.relativize(other.toRealPath().resolve("Dockerfile"))
                + ":1:6: image-unpinned FROM"
                + " uses image b:1 without a digest; pin it as b:1@sha256:<digest>");
  }
}
