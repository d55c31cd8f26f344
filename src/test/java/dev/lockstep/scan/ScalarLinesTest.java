package dev.lockstep.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScalarLinesTest {
  private static List<EmbeddedLine> run(String yaml) {
    Node.Scalar run =
        Trees.yaml(yaml)
            .documents()
            .get(0)
            .asMap()
            .orElseThrow()
            .map("step")
            .orElseThrow()
            .scalar("run")
            .orElseThrow();
    return ScalarLines.of(run, List.of(yaml.split("\n", -1)));
  }

  @Test
  void aLiteralBlockMapsLineForLine() {
    List<EmbeddedLine> lines =
        run("step:\n  run: |\n    echo a\n\n      indented\n    last\nnext: 1\n");
    assertThat(lines)
        .containsExactly(
            new EmbeddedLine(3, 5, "echo a"),
            new EmbeddedLine(4, 5, ""),
            new EmbeddedLine(5, 5, "  indented"),
            new EmbeddedLine(6, 5, "last"));
  }

  @Test
  void aStrippedLiteralBlockEndsAtItsLastLine() {
    List<EmbeddedLine> lines = run("step:\n  run: |-\n    npm i\n\n  shell: bash\n");
    assertThat(lines).containsExactly(new EmbeddedLine(3, 5, "npm i"));
  }

  @Test
  void aFoldedBlockContinuesTheLinesItJoins() {
    List<EmbeddedLine> lines = run("step:\n  run: >\n    apt-get install\n    curl\n\n    echo\n");
    assertThat(lines)
        .containsExactly(
            new EmbeddedLine(3, 5, "apt-get install \\"),
            new EmbeddedLine(4, 5, "curl"),
            new EmbeddedLine(5, 5, ""),
            new EmbeddedLine(6, 5, "echo"));
  }

  @Test
  void aQuotedOneLinerStartsAfterItsQuote() {
    assertThat(run("step:\n  run: \"npm install\"\n"))
        .containsExactly(new EmbeddedLine(2, 9, "npm install"));
    assertThat(run("step: {run: npm i}\n")).containsExactly(new EmbeddedLine(1, 13, "npm i"));
  }
}
