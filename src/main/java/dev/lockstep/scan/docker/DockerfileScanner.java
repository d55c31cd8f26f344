package dev.lockstep.scan.docker;

import dev.lockstep.scan.Report;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;

/** Dockerfiles and Containerfiles. */
public final class DockerfileScanner implements Scanner {
  @Override
  public boolean accepts(SourceFile file) {
    return false;
  }

  @Override
  public void scan(SourceFile file, Report report) {}
}
