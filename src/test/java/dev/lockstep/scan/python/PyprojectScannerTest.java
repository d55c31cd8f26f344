package dev.lockstep.scan.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Scanned;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PyprojectScannerTest {
  private final PyprojectScanner scanner = new PyprojectScanner();
  @TempDir Path root;

  private Scanned scan(String path, String text) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return Scanned.scan(scanner, root, path, text);
  }

  private static final String PROJECT =
      """
      [project]
      name = "svc"
      requires-python = ">=3.10"
      dependencies = [
        "requests>=2.31",
        "rich==13.7.1",
        'click',
      ]

      [project.optional-dependencies]
      dev = ["pytest~=8.0", "mypy==1.9.0"]

      [dependency-groups]
      lint = ["ruff", {include-group = "dev"}]
      """;

  @Test
  void looseDependenciesWithoutALockfileAreFindings() throws Exception {
    Scanned found = scan("svc/pyproject.toml", PROJECT);
    assertThat(found.findings)
        .containsExactly(
            "5:4 pyproject-unlocked",
            "7:4 pyproject-unlocked",
            "11:9 pyproject-unlocked",
            "14:10 pyproject-unlocked");
  }

  @Test
  void aLockfileBesideItPinsEverything() throws Exception {
    Files.createDirectories(root.resolve("svc"));
    Files.writeString(root.resolve("svc/uv.lock"), "version = 1\n");
    assertThat(scan("svc/pyproject.toml", PROJECT).findings).isEmpty();
  }

  @Test
  void aUvWorkspaceRootLockfilePinsItsMembers() throws Exception {
    Files.writeString(root.resolve("uv.lock"), "version = 1\n");
    scan("pyproject.toml", "[tool.uv.workspace]\nmembers = [\"packages/*\"]\n");
    assertThat(scan("packages/a/pyproject.toml", PROJECT).findings).isEmpty();
  }

  @Test
  void poetryDependenciesAreReadAndPythonIsNot() throws Exception {
    String text =
        """
        [tool.poetry.dependencies]
        python = "^3.10"
        requests = "^2.31"
        rich = "13.7.1"
        click = {version = ">=8", extras = ["x"]}
        local = {path = "../local"}
        lib = {git = "https://github.com/org/lib.git", branch = "main"}

        [tool.poetry.group.dev.dependencies]
        pytest = "*"
        """;
    assertThat(scan("pyproject.toml", text).findings)
        .containsExactly(
            "3:13 pyproject-unlocked",
            "5:21 pyproject-unlocked",
            "7:15 pyproject-unlocked",
            "10:11 pyproject-unlocked");
  }

  @Test
  void brokenTomlIsADiagnosticWithItsLine() throws Exception {
    Scanned found = scan("pyproject.toml", "[project]\ndependencies = [\n  oops\n]\n");
    assertThat(found.diagnostics).hasSize(1);
    assertThat(found.diagnostics.get(0)).startsWith("3:");
  }
}
