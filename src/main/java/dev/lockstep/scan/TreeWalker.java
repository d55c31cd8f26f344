package dev.lockstep.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Lists the files of a tree to scan: it honours {@code .gitignore} files at every level (and {@code
 * .git/info/exclude}), skips {@code .git}, {@code node_modules} and {@code vendor}, and never
 * follows a symbolic link; links that point out of the tree are noted, since their targets are
 * outside what the user asked to check.
 */
final class TreeWalker {
  private static final Set<String> SKIPPED = Set.of(".git", "node_modules", "vendor");

  /** A file found, with its path relative to the root and its size. */
  record Entry(Path file, String path, long size) {}

  private record Ignore(String base, IgnoreNode node) {}

  private final Path root;
  private final CheckConfig config;
  private final Consumer<Entry> sink;
  private final List<String> notes;
  private final List<Diagnostic> problems;
  private final Deque<Ignore> ignores = new ArrayDeque<>();

  private TreeWalker(
      Path root,
      CheckConfig config,
      List<String> notes,
      List<Diagnostic> problems,
      Consumer<Entry> sink) {
    this.root = root;
    this.sink = sink;
    this.config = config;
    this.notes = notes;
    this.problems = problems;
  }

  /** Hands every file under {@code start}, a directory inside {@code root}, to the sink. */
  static void walk(
      Path root,
      Path start,
      CheckConfig config,
      List<String> notes,
      List<Diagnostic> problems,
      Consumer<Entry> sink)
      throws IOException {
    TreeWalker walker = new TreeWalker(root, config, notes, problems, sink);
    walker.loadExclude();
    Files.walkFileTree(start, walker.new Visitor());
  }

  private void loadExclude() {
    Path exclude = root.resolve(".git/info/exclude");
    if (Files.isRegularFile(exclude)) {
      load("", exclude);
    }
  }

  private String relative(Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  private boolean ignored(String path, boolean directory) {
    for (Ignore ignore : ignores) {
      if (!ignore.base().isEmpty() && !path.startsWith(ignore.base())) {
        continue;
      }
      String inside = path.substring(ignore.base().length());
      switch (ignore.node().isIgnored(inside, directory)) {
        case IGNORED:
          return true;
        case NOT_IGNORED:
          return false;
        default:
          break;
      }
    }
    return false;
  }

  private void load(String base, Path file) {
    IgnoreNode node = new IgnoreNode();
    try (InputStream in = Files.newInputStream(file)) {
      node.parse(in);
      ignores.push(new Ignore(base, node));
    } catch (IOException e) {
      problems.add(new Diagnostic(relative(file), 1, 1, "cannot read: " + e.getMessage()));
    }
  }

  private final class Visitor extends SimpleFileVisitor<Path> {
    private final Deque<Integer> depths = new ArrayDeque<>();
    // The relative path of each folder being visited; a file's path is its folder's plus its name.
    private final Deque<String> folders = new ArrayDeque<>();

    private String child(Path path) {
      String folder = folders.peek();
      if (folder == null) {
        return relative(path);
      }
      String name = path.getFileName().toString();
      return folder.isEmpty() ? name : folder + "/" + name;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      String path = child(dir);
      if (!path.isEmpty()
          && (SKIPPED.contains(dir.getFileName().toString())
              || ignored(path, true)
              || config.excludes(path))) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      depths.push(ignores.size());
      folders.push(path);
      Path gitignore = dir.resolve(".gitignore");
      if (Files.isRegularFile(gitignore, LinkOption.NOFOLLOW_LINKS)) {
        load(path.isEmpty() ? "" : path + "/", gitignore);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException error) {
      if (error != null) {
        problems.add(new Diagnostic(relative(dir), 1, 1, "cannot list: " + error.getMessage()));
      }
      if (!folders.isEmpty()) {
        folders.pop();
      }
      int depth = depths.isEmpty() ? 0 : depths.pop();
      while (ignores.size() > depth) {
        ignores.pop();
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      String path = child(file);
      if (ignored(path, false) || config.excludes(path)) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isSymbolicLink()) {
        link(file, path);
      } else if (attrs.isRegularFile()) {
        sink.accept(new Entry(file, path, attrs.size()));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException error) {
      problems.add(new Diagnostic(relative(file), 1, 1, "cannot read: " + error.getMessage()));
      return FileVisitResult.CONTINUE;
    }

    /** Links are never followed; the targets inside the tree are scanned where they are. */
    private void link(Path file, String path) {
      try {
        if (!file.toRealPath().startsWith(root)) {
          notes.add("skipped " + path + ": a symbolic link that points out of the tree");
        }
      } catch (IOException e) {
        notes.add("skipped " + path + ": a symbolic link whose target does not exist");
      }
    }
  }
}
