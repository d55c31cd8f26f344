package dev.lockstep.scan.kubernetes;

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
import java.util.List;
import java.util.Set;

/**
 * Kubernetes manifests: any YAML document with top-level {@code apiVersion} and {@code kind}.
 * Rather than list workload kinds, it finds every pod-shaped spec wherever it sits (Pod,
 * Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, a CronJob's jobTemplate,
 * ReplicationController, a List's items, and custom resources that embed a pod spec): each entry of
 * {@code containers}, {@code initContainers} and {@code ephemeralContainers} needs an {@code image}
 * with a digest.
 *
 * <p>Custom resources that name images outside container lists (a Tekton step, an Argo template's
 * single {@code container}) are not read.
 */
public final class KubernetesScanner implements Scanner {
  private static final List<String> CONTAINER_LISTS =
      List.of("containers", "initContainers", "ephemeralContainers");
  private static final int MAX_DEPTH = 64;

  @Override
  public boolean accepts(SourceFile file) {
    String text = file.text();
    return YamlFiles.isYaml(file)
        && !YamlFiles.isClaimedByName(file)
        && YamlFiles.hasTopLevelKey(text, "apiVersion")
        && YamlFiles.hasTopLevelKey(text, "kind");
  }

  @Override
  public void scan(SourceFile file, Report report) {
    Trees.Parsed parsed = Trees.yaml(file.text());
    Report unique = new UniqueReport(report);
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node document : parsed.documents()) {
      document
          .asMap()
          .filter(KubernetesScanner::isManifest)
          .ifPresent(m -> walk(m, unique, 0, seen));
    }
    // Helm and other templates are not YAML until rendered; their failures are not ours to report.
    if (!file.text().contains("{{")) {
      parsed.reportFailure(report, "not valid YAML");
    }
  }

  private static boolean isManifest(Node.MapNode document) {
    return document.scalar("apiVersion").isPresent() && document.scalar("kind").isPresent();
  }

  // An alias shares its anchor's node, so a YAML bomb is a small graph with exponentially many
  // paths: each node is walked once.
  private static void walk(Node node, Report report, int depth, Set<Node> seen) {
    if (depth > MAX_DEPTH || !seen.add(node)) {
      return;
    }
    if (node instanceof Node.MapNode map) {
      for (String list : CONTAINER_LISTS) {
        map.seq(list).ifPresent(containers -> containers(containers, report));
      }
      map.values().values().forEach(child -> walk(child, report, depth + 1, seen));
    } else if (node instanceof Node.SeqNode seq) {
      seq.items().forEach(child -> walk(child, report, depth + 1, seen));
    }
  }

  private static void containers(Node.SeqNode containers, Report report) {
    for (Node container : containers.items()) {
      container.asMap().flatMap(c -> c.scalar("image")).ifPresent(image -> image(image, report));
    }
  }

  private static void image(Node.Scalar image, Report report) {
    if (ImageText.judge(image.text()) == ImageText.Verdict.FLOATING) {
      report.finding(
          Rules.IMAGE_UNPINNED, image.line(), image.textColumn(), ImageText.message(image.text()));
    }
  }
}
