package dev.lockstep.scan.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Collected;
import dev.lockstep.scan.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileScannerTest {
  private static final String DIGEST = "@sha256:" + "0123456789abcdef".repeat(4);

  static Collected scanWithDiagnostics(String text) {
    Collected report = new Collected();
    new DockerfileScanner().scan(new SourceFile(Path.of("/r"), "Dockerfile", text), report);
    return report;
  }

  static List<String> scan(String text) {
    Collected report = scanWithDiagnostics(text);
    assertThat(report.diagnostics).isEmpty();
    return report.positions();
  }

  @Test
  void fromWithoutDigestIsAFinding() {
    assertThat(scan("FROM debian:bookworm\n")).containsExactly("1:6 image-unpinned");
    assertThat(scan("FROM debian:bookworm" + DIGEST + "\n")).isEmpty();
  }

  @Test
  void platformFlagAndStageNameAreNotTheImage() {
    assertThat(scan("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"))
        .containsExactly("1:32 image-unpinned");
  }

  @Test
  void aStageNamedLikeAnImageIsAStage() {
    String text =
        "FROM golang:1.22"
            + DIGEST
            + " AS alpine\nRUN true\nFROM alpine\nCOPY --from=alpine /a /b\n";
    assertThat(scan(text)).isEmpty();
  }

  @Test
  void aStageDerivedFromAScratchStageIsAStage() {
    assertThat(scan("FROM scratch AS base\nFROM base AS final\nCOPY --from=0 /x /y\n")).isEmpty();
  }

  @Test
  void anArgDefaultWithADigestPinsTheBase() {
    assertThat(scan("ARG BASE=debian:bookworm" + DIGEST + "\nFROM ${BASE}\n")).isEmpty();
    assertThat(scan("ARG BASE=debian:bookworm\nFROM $BASE\n"))
        .containsExactly("2:6 image-unpinned");
  }

  @Test
  void aDefaultInTheReferenceIsUsed() {
    assertThat(scan("FROM ${VAR:-img:tag}\n")).containsExactly("1:6 image-unpinned");
    assertThat(scan("ARG VAR=img" + DIGEST + "\nFROM ${VAR:-img:tag}\n")).isEmpty();
  }

  @Test
  void aVariableTagWithALiteralNameIsStillFloating() {
    assertThat(scan("ARG V\nFROM node:${V}-slim\n")).containsExactly("2:6 image-unpinned");
    assertThat(scan("ARG IMAGE\nFROM ${IMAGE}\n")).isEmpty();
    assertThat(scan("ARG REGISTRY\nFROM ${REGISTRY}/app:1.0\n"))
        .containsExactly("2:6 image-unpinned");
    assertThat(scan("ARG REGISTRY\nFROM ${REGISTRY}/app:1.0" + DIGEST + "\n")).isEmpty();
  }

  @Test
  void copyFromAnImageAndMountsFromAnImageAreFindings() {
    String text =
        "FROM scratch AS s\nCOPY --from=nginx:1.25 /etc/nginx /n\n"
            + "RUN --mount=type=bind,from=busybox:1,target=/b --mount=type=cache,target=/c true\n";
    assertThat(scan(text)).containsExactly("2:13 image-unpinned", "3:28 image-unpinned");
  }

  @Test
  void theSyntaxDirectiveNeedsADigest() {
    assertThat(scan("# syntax=docker/dockerfile:1\nFROM scratch\n"))
        .containsExactly("1:10 image-unpinned");
  }

  @Test
  void runLinesGoThroughTheShellReaderWithPositions() {
    String text =
        "FROM scratch\n"
            + "RUN apt-get update \\\n"
            + "    # a comment inside the continuation\n"
            + "    && apt-get install -y \\\n"
            + "       curl=7.88 \\\n"
            + "       git\n";
    assertThat(scan(text)).containsExactly("6:8 os-package-unpinned");
  }

  @Test
  void argAndEnvValuesReachTheShell() {
    String text =
        "FROM scratch\nARG PKGS=\"a=1 b=2\"\nENV MORE=c=3\nRUN apt-get install -y $PKGS $MORE\n";
    assertThat(scan(text)).isEmpty();
  }

  @Test
  void heredocRunIsAScript() {
    String text =
        "FROM scratch\nRUN <<EOF\nset -e\napk add curl\nEOF\nCOPY <<EOF /x\napk add y\nEOF\n";
    assertThat(scan(text)).containsExactly("4:9 os-package-unpinned");
  }

  @Test
  void jsonFormRunIsRead() {
    assertThat(scan("FROM scratch\nRUN [\"sh\", \"-c\", \"pip install flask\"]\n")).hasSize(1);
    assertThat(scan("FROM scratch\nRUN [\"pip\", \"install\", \"flask==3.0.0\"]\n")).isEmpty();
  }

  @Test
  void escapeDirectiveChangesTheContinuation() {
    String text = "# escape=`\nFROM scratch\nRUN apt-get install -y `\n    curl\n";
    assertThat(scan(text)).containsExactly("4:5 os-package-unpinned");
  }

  @Test
  void aDownloadVerifiedInAnEarlierRunIsNotAFinding() {
    String text =
        "FROM scratch\nRUN curl -fsSLo /tmp/i.sh https://x.example/i.sh\n"
            + "RUN echo \"abc  /tmp/i.sh\" | sha256sum -c -\nRUN sh /tmp/i.sh\n";
    assertThat(scan(text)).isEmpty();
  }

  @Test
  void hadolintPragmaAboveAMultiLineRunSuppressesItsRule() {
    String text = "FROM scratch\n# hadolint ignore=DL3008\nRUN apt-get install -y \\\n  curl\n";
    assertThat(scan(text)).isEmpty();
  }

  @Test
  void anUnknownInstructionIsADiagnosticAndTheRestIsScanned() {
    Collected report = scanWithDiagnostics("FROM scratch\nBOGUS x\nFROM redis:7\n");
    assertThat(report.diagnostics).containsExactly("2:1 unknown Dockerfile instruction BOGUS");
    assertThat(report.positions()).containsExactly("3:6 image-unpinned");
  }

  @Test
  void namesAreChosenByPattern() {
    DockerfileScanner scanner = new DockerfileScanner();
    for (String name :
        List.of(
            "Dockerfile", "Containerfile", "app.Dockerfile", "Dockerfile.dev", "x.dockerfile")) {
      String text = "# syntax=docker/dockerfile:1\n\nFROM debian\n";
      assertThat(scanner.accepts(new SourceFile(Path.of("/"), "a/" + name, text)))
          .as(name)
          .isTrue();
    }
    for (String name : List.of("Dockerfile.j2", "dockerfile.md", "Dockerfiles", "notes.txt")) {
      assertThat(scanner.accepts(new SourceFile(Path.of("/"), name, "FROM x\n")))
          .as(name)
          .isFalse();
    }
  }

  @Test
  void aSourceFileNamedAfterDockerfilesIsNotOne() {
    DockerfileScanner scanner = new DockerfileScanner();
    String java = "package dev.example;\n\nfinal class Dockerfile {}\n";
    assertThat(scanner.accepts(new SourceFile(Path.of("/"), "src/Dockerfile.java", java)))
        .isFalse();
    assertThat(scanner.accepts(new SourceFile(Path.of("/"), "Dockerfile.ci", "ARG BASE\n")))
        .isTrue();
  }
}
