package dev.lockstep.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * {@code lockstep check}: walks the paths asked for, reads each file once, hands it to the scanners
 * that want it, applies suppressions, and returns everything as a {@link CheckResult}. It never
 * runs anything from the repository and never throws for what it finds in it.
 */
public final class Check {
  /** Files above this size are skipped with a note: no configuration file is that large. */
  public static final long MAX_SIZE = 2L * 1024 * 1024;

  private static final int BINARY_PROBE = 8 * 1024;
  private static final Set<String> CONTENT_KINDS = Set.of("", "yml", "yaml", "txt", "in");
  private static final String BINARY = "";
  private static final Comparator<Diagnostic> DIAGNOSTIC_ORDER =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::message);

  private final List<Scanner> scanners;

  public Check(List<Scanner> scanners) {
    this.scanners = List.copyOf(scanners);
  }

  /**
   * Checks the targets. One directory is its own root; otherwise (files, several directories) the
   * paths are relative to {@code workingDirectory}.
   */
  public CheckResult run(List<Path> targets, Path workingDirectory) {
    List<Path> absolute =
        targets.stream().map(t -> workingDirectory.resolve(t).normalize()).toList();
    if (absolute.isEmpty()) {
      absolute = List.of(workingDirectory.toAbsolutePath().normalize());
    }
    Path chosen =
        absolute.size() == 1 && Files.isDirectory(absolute.get(0))
            ? absolute.get(0)
            : workingDirectory;
    Path root = real(chosen.toAbsolutePath().normalize());

    List<Diagnostic> diagnostics = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    CheckConfig config = config(root, diagnostics);

    List<FileResult> results;
    try (FileScans scans = new FileScans(root, config)) {
      for (Path target : absolute) {
        collect(root, target, config, scans::submit, notes, diagnostics);
      }
      results = scans.results();
    }

    return combine(root, results, diagnostics, notes);
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }

  private static CheckConfig config(Path root, List<Diagnostic> diagnostics) {
    Path file = root.resolve(CheckConfig.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return CheckConfig.NONE;
    }
    try {
      return CheckConfig.parse(Files.readString(file), diagnostics);
    } catch (RuntimeException e) {
      diagnostics.add(new Diagnostic(CheckConfig.FILE_NAME, 1, 1, "cannot be read: " + e));
      return CheckConfig.NONE;
    } catch (IOException e) {
      diagnostics.add(
          new Diagnostic(CheckConfig.FILE_NAME, 1, 1, "cannot read: " + e.getMessage()));
      return CheckConfig.NONE;
    }
  }

  private static void collect(
      Path root,
      Path target,
      CheckConfig config,
      Consumer<TreeWalker.Entry> entries,
      List<String> notes,
      List<Diagnostic> diagnostics) {
    Path real;
    try {
      real = target.toRealPath();
    } catch (NoSuchFileException e) {
      diagnostics.add(new Diagnostic(target.toString(), 1, 1, "no such file or directory"));
      return;
    } catch (IOException e) {
      diagnostics.add(new Diagnostic(target.toString(), 1, 1, "cannot read: " + e.getMessage()));
      return;
    }
    try {
      if (Files.isDirectory(real)) {
        TreeWalker.walk(root, real, config, notes, diagnostics, entries);
      } else {
        String path = root.relativize(real).toString().replace('\\', '/');
        if (!config.excludes(path)) {
          entries.accept(new TreeWalker.Entry(real, path, Files.size(real)));
        }
      }
    } catch (IOException e) {
      diagnostics.add(new Diagnostic(target.toString(), 1, 1, "cannot read: " + e.getMessage()));
    }
  }

  /**
   * Reads and scans files on worker threads while the walk goes on, so that listing folders and
   * reading files overlap; results come back in the order the files were found.
   */
  private final class FileScans implements AutoCloseable {
    private final Path root;
    private final CheckConfig config;
    private final ExecutorService workers;
    private final List<Future<FileResult>> pending = new ArrayList<>();

    FileScans(Path root, CheckConfig config) {
      this.root = root;
      this.config = config;
      this.workers =
          Executors.newFixedThreadPool(
              Math.max(1, Runtime.getRuntime().availableProcessors()),
              task -> {
                Thread thread = new Thread(task, "lockstep-check");
                thread.setDaemon(true);
                return thread;
              });
    }

    void submit(TreeWalker.Entry entry) {
      if (mayBeWanted(root, entry.path())) {
        pending.add(workers.submit(() -> scanFile(root, entry, config)));
      }
    }

    List<FileResult> results() {
      List<FileResult> results = new ArrayList<>(pending.size());
      for (Future<FileResult> future : pending) {
        results.add(join(future));
      }
      return results;
    }

    private static FileResult join(Future<FileResult> future) {
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while checking files", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("a file scan failed", e.getCause());
      }
    }

    @Override
    public void close() {
      workers.shutdownNow();
    }
  }

  /** What one file gave. */
  private record FileResult(
      boolean scanned, List<Finding> findings, List<Diagnostic> diagnostics, String note) {}

  private FileResult scanFile(Path root, TreeWalker.Entry entry, CheckConfig config) {
    if (entry.size() > MAX_SIZE) {
      return note("skipped " + entry.path() + ": larger than 2 MiB");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(entry.file());
    } catch (IOException e) {
      return failed(entry.path(), "cannot read: " + e.getMessage());
    }
    if (isBinary(bytes)) {
      return note(
          wantedByName(root, entry.path()) ? "skipped " + entry.path() + ": binary" : BINARY);
    }
    String text = decode(bytes);
    SourceFile file = new SourceFile(root, entry.path(), text);
    FileReport report = null;
    for (Scanner scanner : scanners) {
      if (scanner.accepts(file)) {
        report = report == null ? new FileReport(file, config) : report;
        scanWith(scanner, file, report);
      }
    }
    if (report == null) {
      return new FileResult(false, List.of(), List.of(), null);
    }
    report.finish();
    return new FileResult(true, report.findings(), report.diagnostics(), null);
  }

  private static void scanWith(Scanner scanner, SourceFile file, FileReport report) {
    try {
      scanner.scan(file, report);
    } catch (RuntimeException | StackOverflowError e) {
      // A scanner defect must not hide the rest of the tree; it becomes this file's diagnostic.
      report.diagnostic(1, 1, "lockstep could not read this file (" + e + "); please report it");
    }
  }

  private static FileResult note(String note) {
    return new FileResult(false, List.of(), List.of(), note);
  }

  private static FileResult failed(String path, String message) {
    return new FileResult(false, List.of(), List.of(new Diagnostic(path, 1, 1, message)), null);
  }

  static boolean isBinary(byte[] bytes) {
    int end = Math.min(bytes.length, BINARY_PROBE);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** UTF-8 without a byte-order mark; stray bytes in another encoding become U+FFFD. */
  private static String decode(byte[] bytes) {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
  }

  /**
   * Whether a scanner may want the file, decided before reading it: a scanner takes its name, or
   * the file is of a kind scanners recognise by content (YAML, text, or no extension, which may
   * hold a shebang). Everything else (source code, documents, images) is never read.
   */
  private boolean mayBeWanted(Path root, String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String extension = dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return CONTENT_KINDS.contains(extension) || wantedByName(root, path);
  }

  private boolean wantedByName(Path root, String path) {
    SourceFile named = new SourceFile(root, path, "");
    return scanners.stream().anyMatch(scanner -> scanner.accepts(named));
  }

  private static CheckResult combine(
      Path root, List<FileResult> results, List<Diagnostic> diagnostics, List<String> notes) {
    List<Finding> findings = new ArrayList<>();
    int scanned = 0;
    int binaries = 0;
    for (FileResult result : results) {
      findings.addAll(result.findings());
      diagnostics.addAll(result.diagnostics());
      if (BINARY.equals(result.note())) {
        binaries++;
      } else if (result.note() != null) {
        notes.add(result.note());
      }
      scanned += result.scanned() ? 1 : 0;
    }
    if (binaries > 0) {
      notes.add("skipped " + binaries + " binary file" + (binaries == 1 ? "" : "s"));
    }
    findings.sort(Finding.ORDER);
    List<Finding> unique = new ArrayList<>();
    for (Finding finding : findings) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).equals(finding)) {
        unique.add(finding);
      }
    }
    diagnostics.sort(DIAGNOSTIC_ORDER);
    notes.sort(Comparator.naturalOrder());
    return new CheckResult(root, unique, diagnostics, notes, scanned);
  }
}
