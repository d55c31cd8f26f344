package dev.lockstep.scan.shell;

import dev.lockstep.scan.Rules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds downloaded scripts that run without a checksum check: {@code curl … | sh}, {@code bash
 * <(curl …)}, {@code sh -c "$(curl …)"}, and a file downloaded, then executed with no checksum
 * verified in between.
 */
final class RemoteScripts {
  private static final Set<String> DOWNLOADERS = Set.of("curl", "wget", "fetch", "aria2c");
  private static final Set<String> SHELLS =
      Set.of("sh", "bash", "zsh", "dash", "ksh", "ash", "mksh", "fish", "busybox");
  private static final Pattern INTERPRETER =
      Pattern.compile("(python|perl|ruby|node|php|pwsh)[0-9.]*");
  private static final Set<String> CHECKSUMS =
      Set.of(
          "sha256sum",
          "sha384sum",
          "sha512sum",
          "sha224sum",
          "b2sum",
          "shasum",
          "sha3sum",
          "rhash");
  private static final Set<String> SIGNATURES =
      Set.of("gpg", "gpgv", "cosign", "minisign", "openssl");
  private static final Set<String> CURL_VALUE =
      Set.of(
          "-o",
          "--output",
          "-H",
          "--header",
          "-d",
          "--data",
          "-u",
          "--user",
          "-A",
          "--user-agent",
          "-e",
          "--referer",
          "-x",
          "--proxy",
          "-m",
          "--max-time",
          "--retry",
          "-w",
          "--write-out",
          "-X",
          "--request",
          "--connect-timeout",
          "-b",
          "--cookie",
          "-c",
          "--cookie-jar",
          "-T",
          "--upload-file",
          "--cacert",
          "--cert",
          "--key",
          "-r",
          "--range",
          "--retry-delay",
          "--retry-max-time",
          "-F",
          "--form",
          "--resolve",
          "--create-dirs",
          "--output-dir");
  private static final Set<String> WGET_VALUE =
      Set.of(
          "-O",
          "--output-document",
          "-P",
          "--directory-prefix",
          "-o",
          "--output-file",
          "-a",
          "--append-output",
          "-t",
          "--tries",
          "-T",
          "--timeout",
          "-U",
          "--user-agent",
          "--header",
          "-e",
          "--execute",
          "--user",
          "--password",
          "--ca-certificate",
          "-i",
          "--input-file");

  private static final Pattern URL = Pattern.compile("(?i)(https?|ftp)://.*");
  private final ShellSession session;
  private final Map<String, Download> pending = new HashMap<>();

  private record Download(String url) {}

  RemoteScripts(ShellSession session) {
    this.session = session;
  }

  static boolean isDownloader(String name) {
    return DOWNLOADERS.contains(name);
  }

  static boolean isShell(String name) {
    return SHELLS.contains(name);
  }

  static boolean isInterpreter(String name) {
    return SHELLS.contains(name) || INTERPRETER.matcher(name).matches();
  }

  /** Whether an interpreter started with these arguments reads its program from stdin. */
  static boolean readsStdin(String name, List<Arg> args) {
    for (Arg arg : args) {
      String text = arg.text();
      if (text.equals("-") || text.equals("-s")) {
        return true;
      }
      if (text.equals("-c") || text.equals("-e") || text.equals("-m") || text.equals("--eval")) {
        return false;
      }
      if (!arg.isOption()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks one command.
   *
   * @param pipedFrom where a download piped into this command starts, or -1
   * @param stdout the file the command's output is redirected to, or null
   */
  void check(Arg command, String name, List<Arg> args, int pipedFrom, String stdout) {
    if (isDownloader(name)) {
      track(name, args, stdout);
    } else if (CHECKSUMS.contains(name) || SIGNATURES.contains(name)) {
      verify(args);
    } else if (isInterpreter(name) || name.equals("eval") || name.equals("source")) {
      interpret(name, args, pipedFrom);
    } else if (name.equals(".") && !args.isEmpty()) {
      runsFile(args.get(0));
    } else if (command.text().contains("/")) {
      runsFile(command);
    }
  }

  private void interpret(String name, List<Arg> args, int pipedFrom) {
    if (pipedFrom >= 0 && isInterpreter(name) && readsStdin(name, args)) {
      session.report(
          Rules.REMOTE_SCRIPT_UNVERIFIED,
          pipedFrom,
          "a downloaded script is piped into "
              + name
              + " unverified; download it to a file,"
              + " check its sha256 (sha256sum -c), then run it");
      return;
    }
    for (Arg arg : args) {
      if (arg.fetches()) {
        session.report(
            Rules.REMOTE_SCRIPT_UNVERIFIED,
            arg,
            name
                + " runs a script fetched by a command substitution unverified; download it to"
                + " a file, check its sha256 (sha256sum -c), then run it");
        return;
      }
    }
    if (isShell(name) && hasFlag(args, "-c")) {
      inlineScript(args);
    } else if (!name.equals("eval")) {
      Arg script = firstOperand(args);
      if (script != null) {
        runsFile(script);
      }
    }
  }

  private void inlineScript(List<Arg> args) {
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).text().equals("-c") || isShortCluster(args.get(i).text(), 'c')) {
        if (i + 1 < args.size()) {
          session.runInline(args.get(i + 1));
        }
        return;
      }
    }
  }

  private static boolean hasFlag(List<Arg> args, String flag) {
    for (Arg arg : args) {
      if (arg.text().equals(flag) || isShortCluster(arg.text(), flag.charAt(1))) {
        return true;
      }
      if (!arg.isOption()) {
        return false;
      }
    }
    return false;
  }

  private static boolean isShortCluster(String text, char flag) {
    return text.length() > 1
        && text.charAt(0) == '-'
        && text.charAt(1) != '-'
        && text.indexOf(flag) > 0
        && text.chars().skip(1).allMatch(Character::isLetter);
  }

  private static Arg firstOperand(List<Arg> args) {
    for (Arg arg : args) {
      if (!arg.isOption()) {
        return arg;
      }
    }
    return null;
  }

  /** A file runs; it is a finding when that file is a download not verified since. */
  private void runsFile(Arg file) {
    Download download = pending.remove(ShellSession.baseName(file.text()));
    if (download != null) {
      session.report(
          Rules.REMOTE_SCRIPT_UNVERIFIED,
          file,
          "the script downloaded from "
              + download.url()
              + " runs with no checksum verified; check its sha256 (sha256sum -c) before running"
              + " it");
    }
  }

  private void verify(List<Arg> args) {
    boolean check = false;
    for (Arg arg : args) {
      String text = arg.text();
      check |=
          text.equals("-c")
              || text.equals("--check")
              || text.equals("--verify")
              || text.equals("verify-blob")
              || text.equals("-V")
              || text.equals("dgst")
              || isShortCluster(text, 'c');
      pending.remove(ShellSession.baseName(text));
    }
    if (check) {
      pending.clear();
    }
  }

  /** Remembers the file a download writes, so that running it later can be checked. */
  private void track(String name, List<Arg> args, String stdout) {
    boolean wget = !name.equals("curl");
    Target target = new Target();
    for (int i = 0; i < args.size(); i++) {
      String next = i + 1 < args.size() ? args.get(i + 1).text() : null;
      i += target.read(args.get(i).text(), next, wget);
    }
    if (target.url == null) {
      return;
    }
    String output = target.output;
    if ((output == null || output.equals("-")) && stdout != null) {
      output = stdout;
    } else if (output == null && (target.remoteName || wget)) {
      output = remoteFileName(target.url);
    }
    if (output != null
        && !output.isEmpty()
        && !output.equals("-")
        && !output.equals("/dev/stdout")) {
      pending.put(ShellSession.baseName(output), new Download(target.url));
    }
  }

  /** What a curl or wget command line says about where the download goes. */
  private static final class Target {
    String url;
    String output;
    boolean remoteName;

    /** Reads one argument; returns 1 when it consumed the next one as its value. */
    int read(String text, String next, boolean wget) {
      if (URL.matcher(text).matches()) {
        url = url == null ? text : url;
        return 0;
      }
      if (!text.startsWith("-") || text.length() < 2) {
        return 0;
      }
      if (text.startsWith("--")) {
        return longOption(text, next, wget);
      }
      return shortOptions(text, next, wget);
    }

    private int longOption(String text, String next, boolean wget) {
      if (text.startsWith("--output=") || text.startsWith("--output-document=")) {
        output = text.substring(text.indexOf('=') + 1);
      } else if (text.equals("--output") || text.equals("--output-document")) {
        output = next;
        return 1;
      } else if (text.equals("--remote-name") || text.equals("--remote-name-all")) {
        remoteName = true;
      } else if ((wget ? WGET_VALUE : CURL_VALUE).contains(text)) {
        return 1;
      }
      return 0;
    }

    /** A cluster such as {@code -fsSLo FILE}, {@code -qO-} or {@code -LO}. */
    private int shortOptions(String text, String next, boolean wget) {
      int at = text.indexOf(wget ? 'O' : 'o', 1);
      if (at > 0) {
        String rest = text.substring(at + 1);
        output = rest.isEmpty() ? next : rest;
        return rest.isEmpty() ? 1 : 0;
      }
      if (!wget && text.indexOf('O', 1) > 0) {
        remoteName = true;
        return 0;
      }
      return (wget ? WGET_VALUE : CURL_VALUE).contains(text) ? 1 : 0;
    }
  }

  private static String remoteFileName(String url) {
    String path = url.replaceFirst("[?#].*", "");
    String name = ShellSession.baseName(path);
    return name.isEmpty() ? "index.html" : name;
  }
}
