package dev.lockstep.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs lockstep's probes in a target and returns its record. The OS release and the dpkg database
 * are read in one script, one round trip; each smoke check is one more, so that each gets its own
 * exit code and output streams.
 */
public final class Prober {

  /** Probes a target and runs the smoke checks in it. */
  public Record probe(ContainerShell target, List<SmokeCheck> checks) throws ProbeException {
    Objects.requireNonNull(target);
    Objects.requireNonNull(checks);

    ShellResult result = target.run(ProbeScript.TEXT);
    Map<String, ProbeScript.Section> sections = ProbeScript.sections(result);

    OsRelease os =
        OsReleaseParser.parse(
            ProbeScript.require(sections, ProbeScript.OS_RELEASE, result).lines(),
            ProbeScript.require(sections, ProbeScript.DEBIAN_VERSION, result).lines());
    List<InstalledPackage> packages =
        DpkgParser.parse(ProbeScript.require(sections, ProbeScript.DPKG, result).lines());

    return Record.of(os, packages, smoke(target, checks));
  }

  private static List<SmokeResult> smoke(ContainerShell target, List<SmokeCheck> checks) {
    List<SmokeResult> results = new ArrayList<>();
    for (SmokeCheck check : checks) {
      results.add(SmokeResult.of(check, target.run(check.run())));
    }
    return results;
  }
}
