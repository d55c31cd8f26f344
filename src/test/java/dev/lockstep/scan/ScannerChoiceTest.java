package dev.lockstep.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each file goes to the scanner of its surface, and to no other configuration scanner. */
class ScannerChoiceTest {
  private static List<String> acceptedBy(String path, String text) {
    SourceFile file = new SourceFile(Path.of("/r"), path, text);
    return Scanners.all().stream()
        .filter(scanner -> scanner.accepts(file))
        .map(scanner -> scanner.getClass().getSimpleName())
        .toList();
  }

  @Test
  void eachConfigurationFileHasOneReader() {
    String manifest = "apiVersion: v1\nkind: Pod\n";
    assertThat(acceptedBy(".github/workflows/ci.yml", "services:\n"))
        .containsExactly("WorkflowScanner");
    assertThat(acceptedBy(".forgejo/workflows/ci.yaml", "")).containsExactly("WorkflowScanner");
    assertThat(acceptedBy(".github/workflows/sub/x.yml", "")).isEmpty();
    assertThat(acceptedBy("a/action.yml", "apiVersion: 1\nkind: x\n"))
        .containsExactly("ActionMetadataScanner");
    assertThat(acceptedBy("compose.yaml", manifest)).containsExactly("ComposeScanner");
    assertThat(acceptedBy("k8s/pod.yaml", manifest)).containsExactly("KubernetesScanner");
    assertThat(acceptedBy("chart/values.yaml", manifest)).containsExactly("HelmValuesScanner");
    assertThat(acceptedBy("web/package.json", "{}")).containsExactly("PackageJsonScanner");
    assertThat(acceptedBy("requirements.txt", "")).containsExactly("RequirementsScanner");
    assertThat(acceptedBy("pyproject.toml", "")).containsExactly("PyprojectScanner");
    assertThat(acceptedBy(".python-version", "")).containsExactly("PythonVersionFileScanner");
    assertThat(acceptedBy(".nvmrc", "")).containsExactly("NodeVersionFileScanner");
    assertThat(acceptedBy(".tool-versions", "")).containsExactly("ToolVersionsScanner");
    assertThat(acceptedBy(".config/mise.toml", "")).containsExactly("MiseScanner");
    assertThat(acceptedBy("Modelfile", "")).containsExactly("ModelfileScanner");
    assertThat(acceptedBy("train.py", "")).containsExactly("HuggingFaceScanner");
  }

  @Test
  void plainYamlAndTextAreLeftAlone() {
    assertThat(acceptedBy("config/settings.yaml", "name: x\nitems: [1]\n")).isEmpty();
    assertThat(acceptedBy("docs/notes.txt", "Remember: x >= 1\n")).isEmpty();
  }
}
