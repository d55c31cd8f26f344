package dev.lockstep.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixReaderTest {
  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("envs/sample.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private String errorOf(String text) throws IOException {
    Path file = write(text);
    try {
      MatrixReader.read(file);
    } catch (MatrixException e) {
      return e.getMessage().replace(file.toString(), "FILE");
    }
    throw new AssertionError("no error for:\n" + text);
  }

  @Test
  void readsBaseAptPinsAndSmokeChecks() throws Exception {
    Matrix matrix =
        MatrixReader.read(
            write(
                """
                base:
                  rootfs: { suite: bookworm, variant: minbase }
                apt: [hello, jq=1.6-2.1]
                smoke:
                  - { name: jq, run: jq --version, expect: "jq-{{ upstream jq }}" }
                """));

    assertThat(matrix.name()).isEqualTo("sample");
    assertThat(matrix.base()).isEqualTo(new RootfsBase("bookworm", "minbase"));
    assertThat(matrix.apt())
        .containsExactly(
            new AptPin("hello", Optional.empty()), new AptPin("jq", Optional.of("1.6-2.1")));
    assertThat(matrix.smoke().get(0).expect().resolve(Map.of("jq", "1.6-2.1"))).isEqualTo("jq-1.6");
    assertThat(matrix.sha256()).hasSize(64);
  }

  @Test
  void unknownKeyNamesTheLineAndTheAllowedKeys() throws Exception {
    String error =
        errorOf(
            """
            base:
              rootfs: { suite: bookworm, variant: minbase }
            aptt: [hello]
            """);

    assertThat(error)
        .startsWith("FILE:3:")
        .contains("unknown key `aptt` in the top level")
        .contains("apt, base, smoke")
        .contains("\n  aptt: [hello]\n  ^");
  }

  @Test
  void unknownNestedKeyNamesItsParent() throws Exception {
    String error =
        errorOf(
            """
            base:
              rootfs: { suite: bookworm, variant: minbase, arch: amd64 }
            """);

    assertThat(error).startsWith("FILE:2:").contains("unknown key `arch` in `base.rootfs`");
  }

  @Test
  void badAptEntryIsReportedAtItsLine() throws Exception {
    String error =
        errorOf(
            """
            base:
              rootfs: { suite: bookworm, variant: minbase }
            apt:
              - hello
              - Hello World
            """);

    assertThat(error).startsWith("FILE:5:").contains("`Hello World` is not a Debian package name");
  }

  @Test
  void badVersionSaysHowToWriteOne() throws Exception {
    String error =
        errorOf(
            """
            base: { rootfs: { suite: bookworm, variant: minbase } }
            apt: [hello=latest]
            """);

    assertThat(error).startsWith("FILE:2:").contains("`latest` is not a Debian version");
  }

  @Test
  void unknownVariantListsTheKnownOnes() throws Exception {
    String error = errorOf("base: { rootfs: { suite: bookworm, variant: tiny } }\n");

    assertThat(error).startsWith("FILE:1:").contains("variant `tiny`").contains("minbase");
  }

  @Test
  void missingKeyIsNamed() throws Exception {
    String error =
        errorOf(
            """
            base: { rootfs: { suite: bookworm, variant: minbase } }
            smoke:
              - { name: hello, run: hello }
            """);

    assertThat(error).contains("`smoke[0]` needs the key `expect`");
  }

  @Test
  void registryBaseIsRefusedWithTheWayOut() throws Exception {
    String error = errorOf("base:\n  image: debian:bookworm-slim\n");

    assertThat(error)
        .startsWith("FILE:2:")
        .contains("`base.image` is not supported")
        .contains("rootfs");
  }

  @Test
  void badTemplateIsReported() throws Exception {
    String error =
        errorOf(
            """
            base: { rootfs: { suite: bookworm, variant: minbase } }
            smoke:
              - { name: jq, run: jq --version, expect: "jq-{{ jq }}" }
            """);

    assertThat(error).startsWith("FILE:3:").contains("{{ upstream PACKAGE }}");
  }

  @Test
  void duplicatePackageIsRefused() throws Exception {
    String error =
        errorOf("base: { rootfs: { suite: bookworm, variant: minbase } }\napt: [jq, jq=1.6-2.1]\n");

    assertThat(error).contains("`jq` appears twice");
  }

  @Test
  void emptyAndMissingFilesAreErrors() throws Exception {
    assertThat(errorOf("")).contains("empty");
    assertThatThrownBy(() -> MatrixReader.read(dir.resolve("envs/nosuch.yaml")))
        .isInstanceOf(MatrixException.class)
        .hasMessageContaining("no such matrix file");
  }

  @Test
  void listExpectedWhereAScalarStands() throws Exception {
    String error = errorOf("base: { rootfs: { suite: bookworm, variant: minbase } }\napt: hello\n");

    assertThat(error).startsWith("FILE:2:").contains("`apt` must be a list");
  }

  @Test
  void tabIsReportedAtTheTabWithTheFix() throws Exception {
    String error =
        errorOf(
            "base:\n  rootfs: { suite: bookworm, variant: minbase }\napt:\n  - hello\n\t- jq\n");

    assertThat(error)
        .startsWith("FILE:5:1: a tab character; YAML indents with spaces")
        .contains("\n  \t- jq\n  ^")
        .doesNotContain("scanning");
  }

  @Test
  void unclosedFlowMappingPointsAtItsBrace() throws Exception {
    String error =
        errorOf(
            """
            base: { rootfs: { suite: bookworm, variant: minbase } }
            smoke:
              - { name: hello, run: hello, expect: "Hello, world!"
              - { name: jq, run: jq, expect: x }
            """);

    assertThat(error)
        .startsWith("FILE:3:5: the `{` opened at 3:5 is never closed; close it with `}`")
        .contains("\n      ^")
        .doesNotContain("while parsing");
  }

  @Test
  void unclosedFlowSequenceAndQuoteSayWhatToClose() throws Exception {
    assertThat(
            errorOf("base: { rootfs: { suite: bookworm, variant: minbase } }\napt: [hello, jq\n"))
        .startsWith("FILE:2:6: the `[` opened at 2:6 is never closed; close it with `]`");
    assertThat(
            errorOf(
                "base: { rootfs: { suite: bookworm, variant: minbase } }\n"
                    + "smoke:\n  - { name: a, run: a, expect: \"x }\n"))
        .contains("is never closed; close it with `\"`");
  }

  @Test
  void colonInAValueSaysToQuoteIt() throws Exception {
    String error =
        errorOf(
            "base: { rootfs: { suite: bookworm, variant: minbase } }\n"
                + "smoke:\n  - name: a\n    run: echo a: b\n    expect: x\n");

    assertThat(error).startsWith("FILE:4:").contains("quote the value");
  }

  @Test
  void keyIndentedUnderAValueSaysToLineItUp() throws Exception {
    String error =
        errorOf("base:\n  rootfs:\n    suite: bookworm\n    variant: minbase\n      extra: 1\n");

    assertThat(error)
        .startsWith("FILE:5:7: line 5 is indented deeper than the key above it")
        .contains("key of line 4");
  }

  @Test
  void lineWithoutColonSaysToWriteKeyValue() throws Exception {
    String error =
        errorOf("base:\n  rootfs: { suite: bookworm, variant: minbase }\napt: [hello]\nsmoke\n");

    assertThat(error).startsWith("FILE:4:1:").contains("write `key: value`");
  }

  @Test
  void duplicateKeyIsNamedAtItsSecondUse() throws Exception {
    String error =
        errorOf(
            "base: { rootfs: { suite: bookworm, variant: minbase } }\napt: [hello]\napt: [jq]\n");

    assertThat(error).startsWith("FILE:3:1:").contains("the key `apt` appears twice");
  }

  @Test
  void itemIndentedTooFarNamesTheLine() throws Exception {
    String error =
        errorOf(
            """
            base: { rootfs: { suite: bookworm, variant: minbase } }
            apt:
              - hello
               - jq
            """);

    assertThat(error)
        .startsWith("FILE:4:4: the indentation of line 4 is off")
        .contains("`hello - jq`")
        .doesNotContain("not a Debian package name");
  }

  @Test
  void misspelledRequiredKeyIsReportedAtItself() throws Exception {
    String error =
        errorOf(
            """
            base:
              rootfs: { suite: bookworm, varient: minbase }
            """);

    assertThat(error)
        .startsWith("FILE:2:30: unknown key `varient` in `base.rootfs`; did you mean `variant`?")
        .contains("the keys allowed there are: suite, variant")
        .contains("\n" + " ".repeat(31) + "^");
  }

  @Test
  void misspelledSmokeKeysAreReportedAtThemselves() throws Exception {
    String cmd =
        errorOf(
            """
            base: { rootfs: { suite: bookworm, variant: minbase } }
            smoke:
              - name: hello
                cmd: hello
                expect: x
            """);
    String nmae =
        errorOf(
            """
            base: { rootfs: { suite: bookworm, variant: minbase } }
            smoke:
              - { nmae: hello, run: hello, expect: x }
            """);

    assertThat(cmd)
        .startsWith("FILE:4:5: unknown key `cmd` in `smoke[0]`")
        .contains("expect, name, run");
    assertThat(nmae).startsWith("FILE:3:7: unknown key `nmae` in `smoke[0]`; did you mean `name`?");
  }

  @Test
  void upstreamVersionDropsEpochAndRevision() {
    assertThat(ExpectTemplate.upstream("1:2.36-9+deb12u4")).isEqualTo("2.36");
    assertThat(ExpectTemplate.upstream("1.6-2.1")).isEqualTo("1.6");
    assertThat(ExpectTemplate.upstream("20230311")).isEqualTo("20230311");
  }
}
