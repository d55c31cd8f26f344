package dev.lockstep.scan.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Scanned;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageJsonScannerTest {
  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";
  private final PackageJsonScanner scanner = new PackageJsonScanner();
  @TempDir Path root;

  private Scanned scan(String path, String text) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return Scanned.scan(scanner, root, path, text);
  }

  private void lockfile(String path) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{}");
  }

  @Test
  void rangesAndDistTagsAreFindingsAtTheirValue() throws Exception {
    lockfile("package-lock.json");
    String text =
        """
        {
          "dependencies": {
            "a": "^1.2.3",
            "b": "~1.2.3",
            "c": "*",
            "d": "1.x",
            "e": ">=1.0.0 <2",
            "f": "1 || 2",
            "g": "1.0.0 - 2.0.0",
            "h": "latest",
            "i": "next",
            "j": "1.2"
          },
          "devDependencies": {"k": "1.2.3", "l": "v1.2.3-beta.1", "m": "=2.0.0"}
        }
        """;
    Scanned found = scan("package.json", text);
    assertThat(found.findings).hasSize(10).allMatch(f -> f.endsWith("npm-range"));
    assertThat(found.findings.get(0)).isEqualTo("3:11 npm-range");
    assertThat(found.messages.get(7)).contains("dist-tag");
    assertThat(found.messages.get(8)).contains("\"next\" is a dist-tag");
    assertThat(found.messages.get(3)).contains("is a range");
  }

  @Test
  void gitAndUrlSourcesNeedAFullCommit() throws Exception {
    lockfile("package-lock.json");
    String text =
        """
        {"dependencies": {
          "a": "github:org/a#main",
          "b": "org/b",
          "c": "git+https://github.com/org/c.git#%1$s",
          "d": "git+ssh://git@github.com/org/d.git#semver:^1.0.0",
          "e": "https://example.com/e.tgz",
          "f": "https://codeload.github.com/org/f/tar.gz/%1$s",
          "g": "org/g#%1$s"
        }}
        """
            .formatted(SHA);
    assertThat(scan("package.json", text).findings)
        .containsExactly(
            "2:9 npm-source-unpinned",
            "3:9 npm-source-unpinned",
            "5:9 npm-source-unpinned",
            "6:9 npm-source-unpinned");
  }

  @Test
  void localWorkspaceAndAliasedExactSpecsAreFine() throws Exception {
    lockfile("pnpm-lock.yaml");
    String text =
        "{\"dependencies\": {\"a\": \"workspace:*\", \"b\": \"file:../b\", "
            + "\"c\": \"link:./c\", \"d\": \"npm:@org/d@1.2.3\", \"e\": \"npm:e@^1\", "
            + "\"f\": \"catalog:\"}, \"peerDependencies\": {\"react\": \">=17\"}}";
    assertThat(scan("package.json", text).findings).containsExactly("1:105 npm-range");
  }

  @Test
  void overridesAndResolutionsAreChecked() throws Exception {
    lockfile("yarn.lock");
    String text =
        "{\n\"overrides\": {\"a\": \"^1\", \"b\": {\".\": \"2.0.0\", \"c\": \"~3\"},"
            + " \"d\": \"$d\"},\n\"resolutions\": {\"e\": \"1.0.0\"}\n}";
    assertThat(scan("package.json", text).findings)
        .containsExactly("2:21 npm-range", "2:52 npm-range");
  }

  @Test
  void enginesVoltaAndPackageManagerMustBeExact() throws Exception {
    String text =
        """
        {
          "engines": {"node": ">=18", "npm": "10.2.4"},
          "volta": {"node": "20"},
          "packageManager": "pnpm@9"
        }
        """;
    assertThat(scan("package.json", text).findings)
        .containsExactly(
            "2:24 node-version-unpinned",
            "3:22 node-version-unpinned",
            "4:22 node-version-unpinned");
    String pinned = "{\"packageManager\": \"pnpm@9.1.0+sha512.abc123\"}";
    assertThat(scan("other/package.json", pinned).findings).isEmpty();
  }

  @Test
  void aManifestWithDependenciesAndNoLockfileIsAFinding() throws Exception {
    Scanned found =
        scan(
            "package.json",
            "{\n  \"name\": \"x\",\n  \"devDependencies\": " + "{\"a\": \"1.0.0\"}\n}");
    assertThat(found.findings).containsExactly("3:4 npm-lockfile-missing");
    assertThat(scan("empty/package.json", "{\"dependencies\": {}}").findings).isEmpty();
  }

  @Test
  void aWorkspaceMemberUsesTheLockfileAtItsWorkspaceRoot() throws Exception {
    scan("package.json", "{\"workspaces\": [\"packages/*\"]}");
    lockfile("package-lock.json");
    String member = "{\"dependencies\": {\"a\": \"1.0.0\"}}";
    assertThat(scan("packages/a/package.json", member).findings).isEmpty();
    assertThat(scan("tools/b/package.json", member).findings)
        .containsExactly("1:3 npm-lockfile-missing");
  }

  @Test
  void aPnpmWorkspaceMemberUsesTheRootLockfile() throws Exception {
    lockfile("pnpm-lock.yaml");
    lockfile("pnpm-workspace.yaml");
    assertThat(scan("apps/web/package.json", "{\"dependencies\": {\"a\": \"1.0.0\"}}").findings)
        .isEmpty();
  }

  @Test
  void brokenJsonIsADiagnosticWithItsLine() throws Exception {
    Scanned found = scan("package.json", "{\n  \"dependencies\": {\n    \"a\": ^1\n}");
    assertThat(found.diagnostics).hasSize(1);
    assertThat(found.diagnostics.get(0)).startsWith("3:");
  }

  @Test
  void aMissingLockfileIsReportedAtTheFirstDependencySectionInTheFile() throws Exception {
    String text =
        "{\n  \"devDependencies\": {\"a\": \"1.0.0\"},\n"
            + "  \"dependencies\": {\"b\": \"1.0.0\"}\n}";
    assertThat(scan("package.json", text).findings).containsExactly("2:4 npm-lockfile-missing");
  }
}
