package dev.lockstep.scan.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.EmbeddedLine;
import dev.lockstep.scan.Scanned;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowScannerTest {
  private static final String SHA = "8e5e7e5ab8b370d6c329ec480221332ada57f0ab";
  private static final String DIGEST = "@sha256:" + "f".repeat(64);
  private final List<EmbeddedLine> scripts = new ArrayList<>();
  private final WorkflowScanner scanner =
      new WorkflowScanner((file, lines, report) -> scripts.addAll(lines));

  private Scanned scan(String text) {
    return Scanned.scan(scanner, ".github/workflows/ci.yml", text);
  }

  @Test
  void aTagOrBranchRefIsUnpinnedAndAShortShaIsItsOwnFinding() {
    String text =
        """
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: "actions/cache@main"
              - uses: org/action@8e5e7e5
              - uses: org/action/sub@%s # v1
              - uses: ./.github/actions/local
        """
            .formatted(SHA);
    Scanned found = scan(text);
    assertThat(found.findings)
        .containsExactly("6:15 action-unpinned", "7:16 action-unpinned", "8:15 action-short-sha");
    assertThat(found.messages.get(0)).contains("actions/checkout@<40-hex sha> # v4");
  }

  @Test
  void reusableWorkflowsNeedACommitToo() {
    String text =
        "jobs:\n  call:\n    uses: org/repo/.github/workflows/w.yml@v2\n"
            + "  pinned:\n    uses: org/repo/.github/workflows/w.yml@"
            + SHA
            + "\n"
            + "  local:\n    uses: ./.github/workflows/w.yml\n";
    assertThat(scan(text).findings).containsExactly("3:11 action-unpinned");
  }

  @Test
  void dockerStepsNeedADigest() {
    String text =
        "jobs:\n  a:\n    steps:\n      - uses: docker://alpine:3.19\n"
            + "      - uses: docker://alpine"
            + DIGEST
            + "\n";
    assertThat(scan(text).findings).containsExactly("4:15 image-unpinned");
  }

  @Test
  void jobContainersAndServicesNeedADigest() {
    String text =
        """
        jobs:
          a:
            container: node:20
            services:
              db:
                image: postgres:16
              cache:
                image: redis%s
          b:
            container:
              image: "python:3.12"
        """
            .formatted(DIGEST);
    assertThat(scan(text).findings)
        .containsExactly("3:16 image-unpinned", "6:16 image-unpinned", "11:15 image-unpinned");
  }

  @Test
  void aServiceImageFromAMatrixWhoseValuesAreAllPinnedIsFine() {
    String text =
        """
        jobs:
          test:
            strategy:
              matrix:
                db: ["postgres:15%s", "postgres:16%s"]
            services:
              db:
                image: ${{ matrix.db }}
        """
            .formatted(DIGEST, DIGEST);
    assertThat(scan(text).findings).isEmpty();
  }

  @Test
  void aFloatingMatrixValueIsReportedWhereTheMatrixWritesIt() {
    String text =
        """
        jobs:
          test:
            strategy:
              matrix:
                db:
                  - postgres:15%s
                  - postgres:16
                include:
                  - db: mysql:8
            services:
              db:
                image: ${{ matrix.db }}
        """
            .formatted(DIGEST);
    Scanned found = scan(text);
    assertThat(found.findings).containsExactly("7:13 image-unpinned", "9:17 image-unpinned");
  }

  @Test
  void aMatrixValueThatCannotBeSeenIsNotReported() {
    String text =
        """
        jobs:
          test:
            strategy:
              matrix: ${{ fromJSON(needs.setup.outputs.matrix) }}
            container: ${{ matrix.image }}
            services:
              db:
                image: ${{ inputs.db }}
              cache:
                image: redis:${{ inputs.tag }}
        """;
    assertThat(scan(text).findings).containsExactly("10:16 image-unpinned");
  }

  @Test
  void setupVersionsMustBeExact() {
    String text =
        """
        jobs:
          a:
            steps:
              - uses: actions/setup-node@%1$s
                with:
                  node-version: 20
              - uses: actions/setup-python@%1$s
                with:
                  python-version: "3.12.4"
              - uses: actions/setup-go@%1$s
                with:
                  go-version-file: go.mod
              - uses: actions/setup-java@%1$s
                with:
                  java-version: 'lts/*'
                  distribution: temurin
                  cache-version: 1
              - uses: actions/setup-python@%1$s
                with:
                  python-version: |
                    3.11.9
                    3.x
        """
            .formatted(SHA);
    assertThat(scan(text).findings)
        .containsExactly(
            "6:25 toolchain-unpinned", "15:26 toolchain-unpinned", "22:13 toolchain-unpinned");
  }

  @Test
  void setupVersionsFromTheMatrixAreJudgedValueByValue() {
    String text =
        """
        jobs:
          a:
            strategy:
              matrix:
                node: [18, 20.11.1]
                python: [3.10]
            steps:
              - uses: actions/setup-node@%1$s
                with:
                  node-version: ${{ matrix.node }}
              - uses: actions/setup-node@%1$s
                with:
                  node-version: ${{ env.NODE }}
        """
            .formatted(SHA);
    assertThat(scan(text).findings).containsExactly("5:16 toolchain-unpinned");
  }

  @Test
  void envValuesAreReadFromTheNearestEnv() {
    String text =
        """
        env:
          NODE: 20
          IMAGE: node:20.11.1
        jobs:
          a:
            env:
              NODE: 20.11.1
            container: ${{ env.IMAGE }}
            steps:
              - uses: actions/setup-node@%1$s
                with:
                  node-version: ${{ env.NODE }}
              - uses: actions/setup-node@%1$s
                env:
                  NODE: lts/*
                with:
                  node-version: ${{ env.NODE }}
        """
            .formatted(SHA);
    assertThat(scan(text).findings)
        .containsExactly("3:10 image-unpinned", "15:17 toolchain-unpinned");
  }

  @Test
  void runBlocksGoToTheShellReaderAtTheirFilePositions() {
    String text =
        """
        jobs:
          a:
            steps:
              - run: npm install
              - name: build
                run: |
                  npm ci
                  make
              - run: print("hi")
                shell: python
        """;
    scan(text);
    assertThat(scripts)
        .containsExactly(
            new EmbeddedLine(4, 14, "npm install"),
            new EmbeddedLine(7, 11, "npm ci"),
            new EmbeddedLine(8, 11, "make"));
  }

  @Test
  void aBrokenWorkflowIsADiagnostic() {
    Scanned found = scan("jobs:\n  a:\n    steps: [\n");
    assertThat(found.diagnostics).hasSize(1);
    assertThat(found.findings).isEmpty();
  }
}
