package dev.lockstep.cli;

import dev.lockstep.record.RecordDiff;
import dev.lockstep.record.RecordReader;
import dev.lockstep.record.UnreadableRecordException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lockstep diff A.json B.json}: compares two records. */
@Command(
    name = "diff",
    versionProvider = Lockstep.Version.class,
    mixinStandardHelpOptions = true,
    description = {
      "Compares two records.",
      "Prints `identical` and exits 0 when their bytes are equal; otherwise lists what was added,"
          + " removed or changed, one line each, and exits 1. Exits 2 when a file is not a record."
    })
final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A.json", description = "the first record")
  Path first;

  @Parameters(index = "1", paramLabel = "B.json", description = "the second record")
  Path second;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();

    List<RecordReader.Loaded> loaded = new ArrayList<>();
    List<UnreadableRecordException> unreadable = new ArrayList<>();
    for (Path file : List.of(first, second)) {
      try {
        loaded.add(RecordReader.read(file));
      } catch (UnreadableRecordException e) {
        unreadable.add(e);
      }
    }
    if (!unreadable.isEmpty()) {
      unreadable.forEach(e -> err.println("lockstep: " + e.getMessage()));
      return ExitCode.BAD_INPUT;
    }

    RecordDiff.Result result = RecordDiff.compare(loaded.get(0), loaded.get(1));
    if (result.identical()) {
      out.println("identical");
      return ExitCode.OK;
    }
    result.changes().forEach(out::println);
    return ExitCode.FINDINGS;
  }
}
