package dev.lockstep.cli;

import dev.lockstep.record.Record;
import dev.lockstep.record.RecordFiles;
import dev.lockstep.record.SmokeResult;
import java.io.PrintWriter;

/** The stderr lines `provision` and `record` print once a record is written. */
final class RecordSummary {
  private RecordSummary() {}

  /** Says where the record went and, for each failed smoke check, what it printed. */
  static void print(Record record, RecordFiles.Written written, PrintWriter err) {
    err.println(
        "lockstep: recorded "
            + record.packages().size()
            + " packages and "
            + record.smoke().size()
            + " smoke checks in "
            + written.record());
    for (SmokeResult failed : record.failedSmoke()) {
      err.println(
          "lockstep: smoke check "
              + failed.name()
              + " failed: `"
              + failed.run()
              + "` exited "
              + failed.exitCode()
              + " and printed "
              + quoted(failed.stdout())
              + ", expected "
              + quoted(failed.expect()));
    }
  }

  private static String quoted(String text) {
    return "\"" + text.stripTrailing().replace("\n", "\\n") + "\"";
  }
}
