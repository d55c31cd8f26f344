package dev.lockstep.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TreesTest {
  @Test
  void yamlValuesKeepTheirLineAndColumn() {
    Node.MapNode root =
        Trees.yaml("a:\n  b: 'quoted'\n  c: 3.10\n").documents().get(0).asMap().orElseThrow();
    Node.Scalar b = root.map("a").orElseThrow().scalar("b").orElseThrow();
    Node.Scalar c = root.map("a").orElseThrow().scalar("c").orElseThrow();
    assertThat(List.of(b.line(), b.column(), b.textColumn())).containsExactly(2, 6, 7);
    assertThat(b.style()).isEqualTo(Node.Style.SINGLE_QUOTED);
    assertThat(c.text()).isEqualTo("3.10");
  }

  @Test
  void aliasesAndMergeKeysAreResolved() {
    String text = "x: &base\n  image: nginx\nsvc:\n  <<: *base\n  ports: [80]\ny: *base\n";
    Node.MapNode root = Trees.yaml(text).documents().get(0).asMap().orElseThrow();
    Node.Scalar merged = root.map("svc").orElseThrow().scalar("image").orElseThrow();
    assertThat(merged.text()).isEqualTo("nginx");
    assertThat(merged.line()).isEqualTo(2);
    assertThat(root.map("y").orElseThrow().scalar("image")).isPresent();
  }

  @Test
  void everyDocumentOfAStreamIsRead() {
    assertThat(Trees.yaml("a: 1\n---\nb: 2\n---\n").documents()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void aBrokenFileKeepsTheDocumentsBeforeTheErrorAndSaysWhere() {
    Trees.Parsed parsed = Trees.yaml("a: 1\n---\nb: [\n  c: d\n");
    assertThat(parsed.documents()).hasSize(1);
    assertThat(parsed.failure()).isPresent();
    assertThat(parsed.failure().orElseThrow().line()).isGreaterThan(2);
  }

  @Test
  void jsonStringsPointPastTheirQuote() {
    Node.MapNode root =
        Trees.json("{\n  \"a\": \"^1.0.0\"\n}").documents().get(0).asMap().orElseThrow();
    Node.Scalar a = root.scalar("a").orElseThrow();
    assertThat(List.of(a.line(), a.textColumn())).containsExactly(2, 9);
    assertThat(root.keys().get("a").column()).isEqualTo(3);
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstLine() {
    Node.MapNode root = Trees.json("\uFEFF{\"a\": \"b\"}").documents().get(0).asMap().orElseThrow();
    assertThat(root.scalar("a").orElseThrow().textColumn()).isEqualTo(8);
    assertThat(Trees.yaml("\uFEFFa: 1\n").failure()).isEmpty();
  }

  @Test
  void brokenJsonIsAFailureWithItsLine() {
    Trees.Parsed parsed = Trees.json("{\n  \"a\": ,\n}");
    assertThat(parsed.failure().orElseThrow().line()).isEqualTo(2);
  }
}
