package dev.lockstep.scan.actions;

import dev.lockstep.scan.EmbeddedLine;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.SourceFile;
import java.util.List;

/** Reads shell text embedded in a workflow or action: the shell reader, handed in from outside. */
@FunctionalInterface
public interface ScriptReader {
  /** Reports what floats in these lines, run in CI, at their positions in the file. */
  void scan(SourceFile file, List<EmbeddedLine> lines, Report report);
}
