package dev.lockstep.scan;

/**
 * One surface of the pins linter: Dockerfiles, workflows, package.json and so on. Scanners are
 * stateless and safe to call for many files; each decides from a file's name, and where needed its
 * content, whether it reads it.
 */
public interface Scanner {
  /** Whether this scanner reads the file. */
  boolean accepts(SourceFile file);

  /** Reads the file and reports findings and diagnostics; never throws for bad input. */
  void scan(SourceFile file, Report report);
}
