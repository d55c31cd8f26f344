package dev.lockstep.scan;

/**
 * Where a scanner puts what it finds in one file. Scanners never throw on malformed input: they
 * report a diagnostic and return, so one bad file does not stop a run over a thousand.
 */
public interface Report {
  /** A floating reference at a 1-based line and column of the file being scanned. */
  void finding(Rule rule, int line, int column, String message);

  /** The file, or a part of it, could not be parsed. */
  void diagnostic(int line, int column, String message);
}
