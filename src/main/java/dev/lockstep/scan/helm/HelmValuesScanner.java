package dev.lockstep.scan.helm;

import dev.lockstep.scan.ImageText;
import dev.lockstep.scan.Node;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rules;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import dev.lockstep.scan.Trees;
import dev.lockstep.scan.UniqueReport;
import dev.lockstep.scan.YamlFiles;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Helm values files ({@code values.yaml}, {@code values-prod.yaml}, …). Charts spell images two
 * ways, and both are read wherever they sit in the tree: a string, {@code image: repo:tag}, and a
 * mapping, {@code image: {registry, repository, tag, digest}} (also under other keys, as long as it
 * has a {@code repository} beside a {@code tag}, {@code digest}, {@code registry} or {@code
 * pullPolicy}), and a bare {@code image: repo} beside a {@code tag}. A mapping is pinned when
 * {@code digest} (or {@code sha}, as the Grafana charts name it) is set, or when its tag or
 * repository carries {@code @sha256:}. The finding points at the tag, which is what floats, or at
 * the repository when no tag is written (the chart then falls back to its appVersion, a tag too).
 */
public final class HelmValuesScanner implements Scanner {
  private static final int MAX_DEPTH = 64;
  // Switches some charts write under an `image` key; they are not references.
  private static final Set<String> NOT_IMAGES = Set.of("true", "false", "yes", "no", "on", "off");

  @Override
  public boolean accepts(SourceFile file) {
    return YamlFiles.isHelmValuesName(file);
  }

  @Override
  public void scan(SourceFile file, Report report) {
    Trees.Parsed parsed = Trees.yaml(file.text());
    Report unique = new UniqueReport(report);
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    parsed.documents().forEach(document -> walk(document, unique, 0, seen));
    parsed.reportFailure(report, "not valid YAML");
  }

  // An alias shares its anchor's node, so a YAML bomb is a small graph with exponentially many
  // paths: each node is walked once.
  private static void walk(Node node, Report report, int depth, Set<Node> seen) {
    if (depth > MAX_DEPTH || !seen.add(node)) {
      return;
    }
    if (node instanceof Node.MapNode map) {
      map.scalar("image").ifPresent(image -> imageBeside(map, image, report));
      if (isImageMap(map)) {
        imageMap(map, report);
      }
      map.values().values().forEach(child -> walk(child, report, depth + 1, seen));
    } else if (node instanceof Node.SeqNode seq) {
      seq.items().forEach(child -> walk(child, report, depth + 1, seen));
    }
  }

  // Some charts keep the tag beside a bare image name (`image: bats/bats` with `tag: v1.4.1`); the
  // template joins them, so the pair is judged together and the finding points at the tag.
  private static void imageBeside(Node.MapNode map, Node.Scalar image, Report report) {
    Optional<Node.Scalar> tag = map.scalar("tag").filter(t -> !t.text().isBlank());
    if (tag.isEmpty() || !isBareName(image.text()) || NOT_IMAGES.contains(image.text())) {
      imageString(image, report);
      return;
    }
    String written = image.text() + ":" + tag.get().text();
    if (hasDigest(map) || ImageText.judge(written) != ImageText.Verdict.FLOATING) {
      return;
    }
    report.finding(
        Rules.IMAGE_UNPINNED,
        tag.get().line(),
        tag.get().textColumn(),
        "image " + written + " has no digest; set digest: sha256:<digest> beside its tag");
  }

  private static boolean isBareName(String image) {
    String last = image.substring(image.lastIndexOf('/') + 1);
    return !image.isBlank() && !image.contains("@") && !last.contains(":");
  }

  private static void imageString(Node.Scalar image, Report report) {
    if (image.style() == Node.Style.PLAIN && NOT_IMAGES.contains(image.text())) {
      return;
    }
    if (ImageText.judge(image.text()) == ImageText.Verdict.FLOATING) {
      report.finding(
          Rules.IMAGE_UNPINNED, image.line(), image.textColumn(), ImageText.message(image.text()));
    }
  }

  private static boolean isImageMap(Node.MapNode map) {
    return map.scalar("repository").isPresent()
        && (map.has("tag") || map.has("digest") || map.has("registry") || map.has("pullPolicy"));
  }

  private static void imageMap(Node.MapNode map, Report report) {
    Node.Scalar repository = map.scalar("repository").orElseThrow();
    Optional<Node.Scalar> tag = map.scalar("tag").filter(t -> !t.text().isBlank());
    if (repository.text().isBlank() || isPinned(map, repository, tag)) {
      return;
    }
    String name = map.scalar("registry").map(r -> r.text() + "/").orElse("") + repository.text();
    String written = name + tag.map(t -> ":" + t.text()).orElse("");
    if (ImageText.judge(written) != ImageText.Verdict.FLOATING) {
      return;
    }
    Node.Scalar at = tag.orElse(repository);
    report.finding(
        Rules.IMAGE_UNPINNED,
        at.line(),
        at.textColumn(),
        "image " + written + " has no digest; set digest: sha256:<digest> beside its tag");
  }

  // Most charts name the digest `digest`; the Grafana family of charts names it `sha`.
  private static boolean hasDigest(Node.MapNode map) {
    return Stream.of("digest", "sha")
        .anyMatch(key -> map.scalar(key).filter(d -> !d.text().isBlank()).isPresent());
  }

  private static boolean isPinned(
      Node.MapNode map, Node.Scalar repository, Optional<Node.Scalar> tag) {
    return hasDigest(map)
        || repository.text().contains("@sha256:")
        || tag.filter(t -> t.text().contains("sha256:")).isPresent();
  }
}
