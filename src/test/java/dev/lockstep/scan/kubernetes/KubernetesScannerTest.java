package dev.lockstep.scan.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Scanned;
import dev.lockstep.scan.SourceFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KubernetesScannerTest {
  private static final String DIGEST = "@sha256:" + "d".repeat(64);
  private final KubernetesScanner scanner = new KubernetesScanner();

  private Scanned scan(String text) {
    return Scanned.scan(scanner, "k8s/app.yaml", text);
  }

  /** Nine levels of nine aliases each: 9^9 paths through a graph of a few dozen nodes. */
  private static String aliasBomb() {
    StringBuilder text = new StringBuilder("l0: &l0 [\"lol\", \"lol\"]\n");
    for (int level = 1; level <= 9; level++) {
      String previous = "*l" + (level - 1);
      text.append("l").append(level).append(": &l").append(level).append(" [");
      text.append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
    }
    return text.toString();
  }

  @Test
  void aYamlAliasBombIsWalkedOncePerNode() {
    String text =
        "apiVersion: v1\nkind: Pod\n"
            + aliasBomb()
            + "spec:\n  labels: *l9\n  containers:\n    - image: nginx:1.25\n";
    Scanned found = scan(text);
    assertThat(found.findings).containsExactly("16:14 image-unpinned");
  }

  @Test
  void everyContainerListOfADeploymentIsChecked() {
    String text =
        """
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            spec:
              initContainers:
                - name: init
                  image: busybox:1.36
              containers:
                - name: app
                  image: "ghcr.io/org/app:1.0"
                - name: sidecar
                  image: envoy@sha256:%s
              ephemeralContainers:
                - name: debug
                  image: alpine
        """
            .formatted("d".repeat(64));
    assertThat(scan(text).findings)
        .containsExactlyInAnyOrder(
            "8:18 image-unpinned", "11:19 image-unpinned", "16:18 image-unpinned");
  }

  @Test
  void aCronJobsJobTemplateAndEveryDocumentAreRead() {
    String text =
        """
        apiVersion: v1
        kind: Pod
        spec:
          containers:
            - {name: a, image: "nginx%s"}
        ---
        apiVersion: batch/v1
        kind: CronJob
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  containers:
                    - name: job
                      image: python:3.12
        """
            .formatted(DIGEST);
    assertThat(scan(text).findings).containsExactly("16:22 image-unpinned");
  }

  @Test
  void aCustomResourceWithAPodSpecIsRead() {
    String text =
        "apiVersion: example.com/v1\nkind: Runner\nspec:\n  pod:\n    containers:\n"
            + "      - image: redis:7\n";
    assertThat(scan(text).findings).containsExactly("6:16 image-unpinned");
  }

  @Test
  void yamlWithoutApiVersionAndKindIsNotAManifest() {
    assertThat(scan("spec:\n  containers:\n    - image: nginx\n").findings).isEmpty();
    assertThat(scanner.accepts(new SourceFile(Path.of("/r"), "a.yaml", "a: 1\n"))).isFalse();
    assertThat(
            scanner.accepts(new SourceFile(Path.of("/r"), "values.yaml", "apiVersion: 1\nkind: x")))
        .isFalse();
  }

  @Test
  void templatedImagesAreNotJudgedAndBrokenTemplatesAreNotDiagnosed() {
    String text =
        "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n"
            + "    - image: \"{{ .Values.image.repository }}:{{ .Values.image.tag }}\"\n"
            + "{{- if .Values.x }}\n  foo: [\n{{- end }}\n";
    Scanned found = scan(text);
    assertThat(found.findings).isEmpty();
    assertThat(found.diagnostics).isEmpty();
  }

  @Test
  void aHelmTemplateThatIsValidYamlTakesItsImageFromValues() {
    String text =
        "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n"
            + "    - image: \"{{ .Values.image.repository }}:{{ .Values.image.tag }}\"\n"
            + "    - image: \"ghcr.io/org/app:{{ .Chart.AppVersion }}\"\n";
    assertThat(scan(text).findings).isEmpty();
  }

  @Test
  void aBrokenManifestIsADiagnostic() {
    assertThat(scan("apiVersion: v1\nkind: Pod\nspec: [\n").diagnostics).hasSize(1);
  }
}
