package dev.lockstep.scan;

import dev.lockstep.scan.actions.ActionMetadataScanner;
import dev.lockstep.scan.actions.WorkflowScanner;
import dev.lockstep.scan.compose.ComposeScanner;
import dev.lockstep.scan.docker.DockerfileScanner;
import dev.lockstep.scan.helm.HelmValuesScanner;
import dev.lockstep.scan.kubernetes.KubernetesScanner;
import dev.lockstep.scan.models.HuggingFaceScanner;
import dev.lockstep.scan.models.ModelfileScanner;
import dev.lockstep.scan.npm.NodeVersionFileScanner;
import dev.lockstep.scan.npm.PackageJsonScanner;
import dev.lockstep.scan.npm.PnpmWorkspaceScanner;
import dev.lockstep.scan.python.PyprojectScanner;
import dev.lockstep.scan.python.PythonVersionFileScanner;
import dev.lockstep.scan.python.RequirementsScanner;
import dev.lockstep.scan.shell.MakefileScanner;
import dev.lockstep.scan.shell.ShellScanner;
import dev.lockstep.scan.shell.ShellScriptScanner;
import dev.lockstep.scan.toolchains.MiseScanner;
import dev.lockstep.scan.toolchains.ToolVersionsScanner;
import java.util.List;

/** Every scanner lockstep check runs, one per surface. Each chooses its files by name first. */
public final class Scanners {
  private static final List<Scanner> ALL =
      List.of(
          new DockerfileScanner(),
          new ShellScriptScanner(),
          new MakefileScanner(),
          new WorkflowScanner(ShellScanner::scan),
          new ActionMetadataScanner(ShellScanner::scan),
          new ComposeScanner(),
          new KubernetesScanner(),
          new HelmValuesScanner(),
          new PackageJsonScanner(),
          new NodeVersionFileScanner(),
          new PnpmWorkspaceScanner(),
          new RequirementsScanner(),
          new PyprojectScanner(),
          new PythonVersionFileScanner(),
          new ModelfileScanner(),
          new HuggingFaceScanner(),
          new ToolVersionsScanner(),
          new MiseScanner());

  private Scanners() {}

  /** The scanners, in a fixed order. */
  public static List<Scanner> all() {
    return ALL;
  }
}
