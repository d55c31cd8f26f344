package dev.lockstep.scan.shell;

import dev.lockstep.scan.Rules;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code docker run}, {@code docker pull} and {@code docker create} of images without a digest. */
final class Containers {
  private static final Pattern DIGEST = Pattern.compile(".*@sha256:[0-9a-f]{64}");
  private static final Pattern REFERENCE =
      Pattern.compile("[a-z0-9][a-z0-9._/:@-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?");
  private static final Pattern NUMBER = Pattern.compile("[0-9.]+[a-z]?");
  private static final Set<String> GLOBAL_VALUE =
      Set.of(
          "-H",
          "--host",
          "--context",
          "-c",
          "--config",
          "-l",
          "--log-level",
          "--tlscacert",
          "--tlscert",
          "--tlskey",
          "--url",
          "--connection",
          "--root",
          "--runroot");
  private static final Set<String> RUN_VALUE =
      Set.of(
          "-e",
          "--env",
          "--env-file",
          "-v",
          "--volume",
          "-p",
          "--publish",
          "--name",
          "-w",
          "--workdir",
          "-u",
          "--user",
          "--network",
          "--net",
          "--entrypoint",
          "-l",
          "--label",
          "--mount",
          "--platform",
          "--cpus",
          "-m",
          "--memory",
          "--shm-size",
          "--restart",
          "--add-host",
          "--cap-add",
          "--cap-drop",
          "--device",
          "--dns",
          "-h",
          "--hostname",
          "--ulimit",
          "--security-opt",
          "--tmpfs",
          "--gpus",
          "--ipc",
          "--pid",
          "--log-driver",
          "--log-opt",
          "--cidfile",
          "--runtime",
          "--stop-signal",
          "--stop-timeout",
          "--health-cmd",
          "--health-interval",
          "--health-retries",
          "--health-timeout",
          "--health-start-period",
          "-a",
          "--attach",
          "--volumes-from",
          "--link",
          "--group-add",
          "--pull",
          "--expose",
          "--cgroupns",
          "--userns",
          "--uts",
          "--isolation",
          "--memory-swap",
          "-c",
          "--cpu-shares",
          "--cpuset-cpus",
          "--cpuset-mems",
          "--label-file",
          "--mac-address",
          "--ip",
          "--ip6",
          "--network-alias",
          "--sysctl",
          "--storage-opt",
          "--oom-score-adj",
          "--detach-keys",
          "--blkio-weight",
          "--cgroup-parent",
          "--cpu-period",
          "--cpu-quota",
          "--device-cgroup-rule",
          "--dns-option",
          "--dns-search",
          "--domainname",
          "--kernel-memory",
          "--memory-swappiness",
          "--cpu-rt-runtime",
          "--cpu-rt-period",
          "--device-read-bps",
          "--device-write-bps",
          "--device-read-iops",
          "--device-write-iops",
          "--blkio-weight-device",
          "--link-local-ip",
          "--annotation",
          "--health-start-interval",
          "--userns-remap",
          "--variant",
          "--memory-reservation",
          "--pids-limit",
          "--arch",
          "--os");
  private static final Set<String> BUILD_VALUE =
      Set.of(
          "-t",
          "--tag",
          "-f",
          "--file",
          "--build-arg",
          "--target",
          "--platform",
          "--label",
          "--network",
          "--cache-from",
          "--secret",
          "--ssh",
          "-o",
          "--output",
          "--progress",
          "--iidfile");

  private Containers() {}

  static void docker(ShellSession session, String name, List<Arg> args) {
    Options global = Options.parse(args, GLOBAL_VALUE);
    List<Arg> operands = global.operands();
    if (operands.isEmpty()) {
      return;
    }
    int at = args.indexOf(operands.get(0));
    String command = operands.get(0).text();
    List<Arg> rest = args.subList(at + 1, args.size());
    if ((command.equals("container") || command.equals("image")) && !rest.isEmpty()) {
      command = rest.get(0).text();
      rest = rest.subList(1, rest.size());
    }
    switch (command) {
      case "run", "create", "pull" -> image(session, name, command, rest);
      case "build", "tag", "load", "import", "commit" -> localImages(session, command, rest);
      default -> {}
    }
  }

  private static void image(ShellSession session, String tool, String command, List<Arg> args) {
    List<Arg> operands = Options.parse(args, RUN_VALUE).operands();
    if (operands.isEmpty()) {
      return;
    }
    Arg image = operands.get(0);
    String text = image.text();
    if (image.dynamic()
        || DIGEST.matcher(text).matches()
        || !REFERENCE.matcher(text).matches()
        || NUMBER.matcher(text).matches()
        || session.localImages().contains(text)
        || session.localImages().contains(text + ":latest")) {
      return;
    }
    session.report(
        Rules.IMAGE_UNPINNED,
        image,
        tool
            + " "
            + command
            + " "
            + text
            + " has no digest; pin it as "
            + text
            + "@sha256:<digest>");
  }

  private static void localImages(ShellSession session, String command, List<Arg> args) {
    Options options = Options.parse(args, BUILD_VALUE);
    options.value("-t", "--tag").ifPresent(tag -> session.localImages().add(tag.text()));
    List<Arg> operands = options.operands();
    if (command.equals("tag") && operands.size() >= 2) {
      session.localImages().add(operands.get(1).text());
    }
    if ((command.equals("import") || command.equals("commit")) && operands.size() >= 2) {
      session.localImages().add(operands.get(operands.size() - 1).text());
    }
  }
}
