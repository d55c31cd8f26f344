package dev.lockstep.scan.models;

import dev.lockstep.scan.Node;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rules;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import dev.lockstep.scan.Trees;
import java.util.ArrayList;
import java.util.List;

/**
 * Hugging Face downloads in Python source ({@code *.py}) and in notebooks' code cells ({@code
 * *.ipynb}): see {@link HubCalls} for what counts as floating.
 *
 * <p>In a notebook the line is the JSON line of the source string, but the column counts decoded
 * characters, so escapes ({@code \"}, {@code \n}) before the call in that string shift it left.
 */
public final class HuggingFaceScanner implements Scanner {
  @Override
  public boolean accepts(SourceFile file) {
    return file.name().endsWith(".py") || file.name().endsWith(".ipynb");
  }

  @Override
  public void scan(SourceFile file, Report report) {
    if (!HubCalls.mayContain(file.text())) {
      return;
    }
    if (file.name().endsWith(".ipynb")) {
      notebook(file, report);
      return;
    }
    int[] lineStarts = lineStarts(file.text());
    for (HubCalls.Floating floating : HubCalls.find(file.text())) {
      int[] at = position(lineStarts, floating.offset());
      report.finding(Rules.MODEL_REVISION_UNPINNED, at[0], at[1], floating.message());
    }
  }

  private static void notebook(SourceFile file, Report report) {
    Trees.Parsed parsed = Trees.json(file.text());
    parsed.reportFailure(report, "not valid JSON");
    parsed.documents().stream()
        .findFirst()
        .flatMap(Node::asMap)
        .flatMap(root -> root.seq("cells"))
        .ifPresent(cells -> cells.items().forEach(cell -> cell(cell, report)));
  }

  private static void cell(Node cell, Report report) {
    Node.MapNode map = cell.asMap().orElse(null);
    if (map == null || !map.scalar("cell_type").map(t -> t.text().equals("code")).orElse(false)) {
      return;
    }
    List<Node.Scalar> parts = new ArrayList<>();
    map.get("source")
        .ifPresent(
            source -> {
              source.asScalar().ifPresent(parts::add);
              source
                  .asSeq()
                  .ifPresent(seq -> seq.items().forEach(i -> i.asScalar().ifPresent(parts::add)));
            });
    StringBuilder code = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (Node.Scalar part : parts) {
      starts.add(code.length());
      code.append(part.text());
    }
    for (HubCalls.Floating floating : HubCalls.find(code.toString())) {
      int index = partAt(starts, floating.offset());
      Node.Scalar part = parts.get(index);
      int column = part.textColumn() + floating.offset() - starts.get(index);
      report.finding(Rules.MODEL_REVISION_UNPINNED, part.line(), column, floating.message());
    }
  }

  private static int partAt(List<Integer> starts, int offset) {
    int index = 0;
    while (index + 1 < starts.size() && starts.get(index + 1) <= offset) {
      index++;
    }
    return index;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] position(int[] lineStarts, int offset) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return new int[] {low + 1, offset - lineStarts[low] + 1};
  }
}
