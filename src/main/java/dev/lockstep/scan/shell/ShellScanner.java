package dev.lockstep.scan.shell;

import dev.lockstep.scan.EmbeddedLine;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.SourceFile;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shell reader every surface with shell text uses: workflow {@code run:} blocks, Dockerfile
 * {@code RUN} instructions, shell scripts and Makefile recipes. It reads continuations, {@code &&},
 * {@code ||}, {@code ;}, pipes, quoting, here-documents and simple variable assignments, and
 * reports findings at their real positions in the enclosing file.
 */
public final class ShellScanner {
  private static final Set<String> CI_DIRECTORIES =
      Set.of(
          ".github",
          ".gitea",
          ".forgejo",
          "ci",
          ".ci",
          ".circleci",
          ".buildkite",
          ".gitlab",
          ".woodpecker",
          ".drone",
          ".travis",
          ".azure-pipelines",
          ".tekton",
          ".jenkins");
  private static final Set<String> CI_FILES =
      Set.of(
          ".gitlab-ci.yml",
          ".travis.yml",
          "Jenkinsfile",
          "azure-pipelines.yml",
          "bitbucket-pipelines.yml",
          ".drone.yml",
          "cloudbuild.yaml",
          "cloudbuild.yml",
          "buildspec.yml",
          "appveyor.yml",
          ".woodpecker.yml",
          "action.yml",
          "action.yaml");
  private static final Pattern CI_NAME = Pattern.compile("(?i)(.*[-_.])?ci([-_.].*)?");
  private static final Pattern DOCKERFILE =
      Pattern.compile("(?i)(.+\\.)?(docker|container)file(\\..+)?");

  private ShellScanner() {}

  /** Reads shell text given as lines with their real positions and reports what floats in it. */
  public static void scan(SourceFile file, List<EmbeddedLine> lines, Report report) {
    session(file, report).run(lines);
  }

  /** A session for text read in several pieces that share variables and downloads. */
  public static ShellSession session(SourceFile file, Report report) {
    return new ShellSession(report, isCi(file));
  }

  /** A session, for a caller that already knows whether the file runs in CI. */
  public static ShellSession session(Report report, boolean ci) {
    return new ShellSession(report, ci);
  }

  /**
   * Whether the file runs in CI, where {@code npm install} should be {@code npm ci}: Dockerfiles,
   * workflows and composite actions, and scripts under CI folders or named for CI.
   */
  public static boolean isCi(SourceFile file) {
    String name = file.name();
    if (CI_FILES.contains(name) || DOCKERFILE.matcher(name).matches()) {
      return true;
    }
    String[] segments = file.path().split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if (CI_DIRECTORIES.contains(segments[i])) {
        return true;
      }
    }
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return CI_NAME.matcher(stem).matches();
  }
}
