package dev.lockstep.scan.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Scanned;
import dev.lockstep.scan.shell.ShellScanner;
import org.junit.jupiter.api.Test;

/** Workflows and actions read by the real shell reader. */
class WorkflowShellTest {
  @Test
  void npmInstallInARunBlockIsInstallInCiAtItsFilePosition() {
    String text =
        """
        jobs:
          a:
            steps:
              - run: |
                  echo start
                  npm install
              - run: >-
                  pip install
                  requests
        """;
    Scanned found =
        Scanned.scan(new WorkflowScanner(ShellScanner::scan), ".github/workflows/ci.yml", text);
    assertThat(found.findings).contains("6:15 npm-install-in-ci", "9:11 pip-install-unpinned");
  }

  @Test
  void aFloatingPackageInAVariableIsReportedWherePkgsIsUsed() {
    String text =
        """
        jobs:
          a:
            steps:
              - run: |
                  PKGS="a=1 b"
                  sudo apt-get install -y $PKGS
        """;
    Scanned found =
        Scanned.scan(new WorkflowScanner(ShellScanner::scan), ".github/workflows/ci.yml", text);
    assertThat(found.findings).containsExactly("6:35 os-package-unpinned");
  }

  @Test
  void compositeActionRunStepsAreCiToo() {
    String text = "runs:\n  using: composite\n  steps:\n    - run: npm i\n      shell: bash\n";
    Scanned found =
        Scanned.scan(new ActionMetadataScanner(ShellScanner::scan), "x/action.yml", text);
    assertThat(found.findings).contains("4:16 npm-install-in-ci");
  }
}
