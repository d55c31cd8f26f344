package dev.lockstep.scan.shell;

import dev.lockstep.scan.Rules;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Models fetched from the shell: {@code ollama pull|run} and Hugging Face downloads. */
final class Models {
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
  private static final Set<String> OLLAMA_VALUE = Set.of("--format", "--keepalive", "--think");
  private static final Set<String> HF_VALUE =
      Set.of(
          "--revision",
          "--repo-type",
          "--local-dir",
          "--cache-dir",
          "--token",
          "--max-workers",
          "--local-dir-use-symlinks",
          "--etag-timeout",
          "--include",
          "--exclude");

  private Models() {}

  static void ollama(ShellSession session, List<Arg> args) {
    List<Arg> operands =
        CommandRules.after(Options.parse(args, OLLAMA_VALUE), Set.of("pull", "run"));
    if (operands == null || operands.isEmpty()) {
      return;
    }
    Arg model = operands.get(0);
    String text = model.text();
    if (model.dynamic() || text.contains("@sha256:")) {
      return;
    }
    int slash = text.lastIndexOf('/');
    int colon = text.indexOf(':', slash + 1);
    if (colon < 0) {
      session.report(
          Rules.MODEL_TAG_UNPINNED,
          model,
          "ollama model "
              + text
              + " has no tag, so it means latest; pin a tag such as "
              + text
              + ":<size>-<quantization>");
    } else if (text.substring(colon + 1).equals("latest")) {
      session.report(
          Rules.MODEL_TAG_UNPINNED,
          model,
          "ollama model " + text + " is tagged latest, which moves; pin a specific tag");
    }
  }

  static void huggingFace(ShellSession session, String tool, List<Arg> args) {
    Options options = Options.parse(args, HF_VALUE);
    List<Arg> operands = CommandRules.after(options, Set.of("download"));
    if (operands == null || operands.isEmpty() || operands.get(0).dynamic()) {
      return;
    }
    Arg repository = operands.get(0);
    Optional<Arg> revision = options.value("--revision");
    if (revision.isPresent()
        && (revision.get().dynamic() || COMMIT.matcher(revision.get().text()).matches())) {
      return;
    }
    String what =
        revision.isPresent()
            ? " pins --revision " + revision.get().text() + ", which is not a commit"
            : " has no --revision";
    session.report(
        Rules.MODEL_REVISION_UNPINNED,
        revision.orElse(repository),
        tool + " download of " + repository.text() + what + "; pin --revision to a 40-hex commit");
  }
}
