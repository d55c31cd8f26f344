package dev.lockstep.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.docker.DockerfileScanner;
import dev.lockstep.scan.shell.MakefileScanner;
import dev.lockstep.scan.shell.ShellScanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated and mutated Dockerfiles and shell text: whatever the input, the readers report findings
 * and diagnostics at real positions and never let an exception escape.
 */
class ParserPropertiesTest {
  private static final List<String> DOCKER_SEEDS =
      List.of(
          "# syntax=docker/dockerfile:1\n# escape=`\nFROM --platform=$P a:1 AS b\nRUN x `\n y\n",
          "ARG BASE=img@sha256:00\nFROM ${BASE:-x:y} AS s\nCOPY --from=s /a /b\n",
          "FROM scratch\nRUN --mount=type=bind,from=x:1,target=/t <<EOF\napt-get install a\nEOF\n",
          "FROM a\nRUN [\"sh\", \"-c\", \"pip install x\"]\nSHELL [\"pwsh\"]\nRUN npm i y\n",
          "FROM a\nENV A=1 B=\"2 3\"\nONBUILD RUN apk add $A\nCOPY <<-E /x\n\tq\n\tE\n");
  private static final List<String> SHELL_SEEDS =
      List.of(
          "PKGS=\"a=1 b\"; apt-get install -y $PKGS && pip install -U pip\n",
          "curl -fsSL https://x | sudo -E bash - || wget -qO- u | sh\n",
          "bash <(curl u) ; sh -c \"$(curl -s u)\" ; eval `wget -O- u`\n",
          "cat <<'EOF' | bash\napk add x\nEOF\nnpm install --registry r a@1.2.3 b@^1\n",
          "docker run --rm -v \"$PWD\":/w ${IMG:-redis:7} && ollama run llama3 'hi'\n",
          "for x in a b; do gem install $x; done; case $y in a) go install x@latest;; esac\n",
          "echo ${A[0]} ${#B} ${C#*/} $((1+2)) $'\\x41' \"${D:?no}\" `e` \\\n f\n");
  private static final String ALPHABET =
      "abcFROMRUNCOPYARGENVAS \t\n\\\"'$`{}()[]<>|&;#=:-@/.,*?!~0123456789";
  private static final List<String> FRAGMENTS =
      List.of(
          "FROM ",
          "RUN ",
          "COPY ",
          "ARG ",
          "ENV ",
          "ONBUILD ",
          "SHELL ",
          " AS ",
          "--from=",
          "--mount=type=cache,from=",
          "--platform=",
          "<<EOF",
          "<<-EOF",
          "\nEOF\n",
          "EOF",
          "\\\n",
          "`\n",
          "${",
          "}",
          "$(",
          ")",
          "<(",
          "\"",
          "'",
          "$",
          "&&",
          "||",
          "|",
          ";",
          "#",
          "\n",
          "apt-get install -y ",
          "apk add ",
          "dnf install ",
          "zypper in ",
          "pip install ",
          "npm i ",
          "yarn add ",
          "go install ",
          "gem install ",
          "curl -o f u ",
          "sh f ",
          "sha256sum -c ",
          "docker run ",
          "ollama pull ",
          "hf download ",
          "sh -c ",
          "x=1 ",
          "[\"",
          "\",",
          "]",
          "\\u12",
          "=",
          ":-",
          "@sha256:",
          "  ");

  @Property(tries = 10000)
  void dockerfilesNeverThrow(@ForAll("dockerfiles") String text) {
    assertSafe(new DockerfileScanner(), "Dockerfile", text);
  }

  @Property(tries = 10000)
  void shellTextNeverThrows(@ForAll("shellText") String text) {
    Collected report = new Collected();
    List<EmbeddedLine> lines = new ArrayList<>();
    String[] parts = text.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      lines.add(new EmbeddedLine(i + 3, 5, parts[i]));
    }
    ShellScanner.scan(new SourceFile(Path.of("/r"), "ci/run.sh", text), lines, report);
    assertPositions(report, parts.length + 2, 5);
  }

  @Property(tries = 2000)
  void makefilesNeverThrow(@ForAll("shellText") String text) {
    assertSafe(new MakefileScanner(), "Makefile", text.replace("\n", "\n\t"));
  }

  private static void assertSafe(Scanner scanner, String name, String text) {
    Collected report = new Collected();
    scanner.scan(new SourceFile(Path.of("/r"), name, text), report);
    assertPositions(report, text.split("\n", -1).length, 1);
  }

  private static void assertPositions(Collected report, int lastLine, int firstColumn) {
    for (String entry : report.findings) {
      int line = Integer.parseInt(entry.substring(0, entry.indexOf(':')));
      int column = Integer.parseInt(entry.substring(entry.indexOf(':') + 1, entry.indexOf(' ')));
      assertThat(line).as(entry).isBetween(1, lastLine);
      assertThat(column).as(entry).isGreaterThanOrEqualTo(1);
    }
  }

  @Provide
  Arbitrary<String> dockerfiles() {
    return Arbitraries.oneOf(generated(), mutated(DOCKER_SEEDS));
  }

  @Provide
  Arbitrary<String> shellText() {
    return Arbitraries.oneOf(generated(), mutated(SHELL_SEEDS));
  }

  private static Arbitrary<String> generated() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(FRAGMENTS),
            Arbitraries.strings().withChars(ALPHABET).ofMinLength(1).ofMaxLength(6));
    return piece.list().ofMaxSize(40).map(pieces -> String.join("", pieces));
  }

  private static Arbitrary<String> mutated(List<String> seeds) {
    Arbitrary<String> seed = Arbitraries.of(seeds);
    Arbitrary<List<int[]>> edits =
        Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.chars().with(ALPHABET.toCharArray()))
            .as((kind, at, c) -> new int[] {kind, at, c})
            .list()
            .ofMaxSize(8);
    return Combinators.combine(seed, edits).as(ParserPropertiesTest::apply);
  }

  private static String apply(String seed, List<int[]> edits) {
    StringBuilder text = new StringBuilder(seed);
    for (int[] edit : edits) {
      int at = text.length() == 0 ? 0 : edit[1] % text.length();
      switch (edit[0]) {
        case 0 -> text.insert(at, (char) edit[2]);
        case 1 -> {
          if (text.length() > 0) {
            text.deleteCharAt(at);
          }
        }
        default -> {
          if (text.length() > 0) {
            text.setCharAt(at, (char) edit[2]);
          }
        }
      }
    }
    return text.toString();
  }
}
