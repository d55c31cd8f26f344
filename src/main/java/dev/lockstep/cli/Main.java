package dev.lockstep.cli;

/** The entry point of the lockstep command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Lockstep.run(args, System.out, System.err));
  }
}
