package dev.lockstep.scan.docker;

import dev.lockstep.scan.EmbeddedLine;
import java.util.List;

/**
 * One Dockerfile instruction as written.
 *
 * @param keyword the instruction, upper case ({@code FROM}, {@code RUN}, ...)
 * @param line the 1-based line the instruction starts on
 * @param endLine the last line it covers, here-document bodies included
 * @param args the argument text, line by line with real positions; continuation escapes are kept
 *     and comment lines inside a continuation are left out, as the builder does
 * @param bodies the here-document bodies and their closing lines, in order
 * @param heredocs the here-documents the instruction opens, in order
 */
record Instruction(
    String keyword,
    int line,
    int endLine,
    List<EmbeddedLine> args,
    List<EmbeddedLine> bodies,
    List<Heredoc> heredocs) {
  Instruction {
    args = List.copyOf(args);
    bodies = List.copyOf(bodies);
    heredocs = List.copyOf(heredocs);
  }

  /**
   * A here-document an instruction opens, with its body lines.
   *
   * @param delimiter the word that closes it
   * @param body the lines between the instruction and the closing line
   */
  record Heredoc(String delimiter, List<EmbeddedLine> body) {
    Heredoc {
      body = List.copyOf(body);
    }
  }
}
