package dev.lockstep.scan.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a command's arguments as options and operands, knowing which options take a value. */
final class Options {
  private final List<Arg> operands = new ArrayList<>();
  private final List<Arg[]> options = new ArrayList<>();

  private Options() {}

  /**
   * Splits arguments into options and operands. An option in {@code takesValue} consumes the next
   * argument unless written {@code --name=value} or, for a short option, {@code -Xvalue}.
   */
  static Options parse(List<Arg> args, Set<String> takesValue) {
    Options result = new Options();
    boolean operandsOnly = false;
    for (int i = 0; i < args.size(); i++) {
      Arg arg = args.get(i);
      String text = arg.text();
      if (operandsOnly || !arg.isOption()) {
        result.operands.add(arg);
      } else if (text.equals("--")) {
        operandsOnly = true;
      } else if (text.startsWith("--") && text.contains("=")) {
        result.options.add(new Arg[] {arg, null});
      } else if (takesValue.contains(text) && i + 1 < args.size()) {
        result.options.add(new Arg[] {arg, args.get(++i)});
      } else if (!text.startsWith("--")
          && text.length() > 2
          && takesValue.contains(text.substring(0, 2))) {
        result.options.add(new Arg[] {arg, null});
      } else {
        result.options.add(new Arg[] {arg, null});
      }
    }
    return result;
  }

  List<Arg> operands() {
    return operands;
  }

  /** Whether any of these flags is given, alone or as {@code --name=value}. */
  boolean has(String... names) {
    for (Arg[] option : options) {
      for (String name : names) {
        String text = option[0].text();
        if (text.equals(name) || text.startsWith(name + "=")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The value of the first of these options that is given. */
  Optional<Arg> value(String... names) {
    for (Arg[] option : options) {
      Arg arg = option[0];
      for (String name : names) {
        if (arg.text().equals(name) && option[1] != null) {
          return Optional.of(option[1]);
        }
        if (name.startsWith("--") && arg.text().startsWith(name + "=")) {
          String value = arg.text().substring(name.length() + 1);
          return Optional.of(
              new Arg(value, arg.offset(), arg.dynamic(), arg.fetches(), arg.variable()));
        }
        if (!name.startsWith("--") && arg.text().startsWith(name) && arg.text().length() > 2) {
          String value = arg.text().substring(name.length());
          return Optional.of(
              new Arg(value, arg.offset(), arg.dynamic(), arg.fetches(), arg.variable()));
        }
      }
    }
    return Optional.empty();
  }
}
