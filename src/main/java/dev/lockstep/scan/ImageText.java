package dev.lockstep.scan;

import dev.lockstep.ref.ImageRef;
import dev.lockstep.ref.InvalidReferenceException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Judges an image reference written in a configuration file, where part of it may come from an
 * expression lockstep cannot evaluate ({@code ${TAG}}, {@code ${{ matrix.image }}}, {@code {{
 * .Values.tag }}}). What is visible decides: a reference that is nothing but an expression is
 * unknown and not reported, since its value is written elsewhere, and so is any Go template; a
 * digest, even one filled in by an expression after {@code @}, pins it; otherwise a visible name
 * without a digest floats.
 */
public final class ImageText {
  private static final Pattern EXPRESSION =
      Pattern.compile("\\$\\{\\{.*?}}|\\{\\{.*?}}|\\$\\{[^}]*}|\\$[A-Za-z_][A-Za-z0-9_]*");
  private static final String MARK = "\u0000";

  private ImageText() {}

  /** What a written reference turned out to be. */
  public enum Verdict {
    PINNED,
    FLOATING,
    UNKNOWN
  }

  /** Judges a reference whose expressions, if any, could not be evaluated. */
  public static Verdict judge(String written) {
    String text = written.strip();
    if (text.isEmpty() || text.contains("@sha256:")) {
      return text.isEmpty() ? Verdict.UNKNOWN : Verdict.PINNED;
    }
    if (isTemplate(text)) {
      return Verdict.UNKNOWN;
    }
    String marked = EXPRESSION.matcher(text).replaceAll(MARK);
    if (marked.replace(MARK, "").isBlank() || marked.contains("@" + MARK)) {
      return Verdict.UNKNOWN;
    }
    return parse(marked.replace(MARK, "x"))
        .map(ref -> ref.isPinned() ? Verdict.PINNED : Verdict.FLOATING)
        .orElse(Verdict.UNKNOWN);
  }

  /**
   * Whether the text is a Go template ({@code {{ .Values.image.tag }}}, Helm's and others'): it is
   * rendered from values files, which are checked on their own.
   */
  private static boolean isTemplate(String text) {
    int open = text.indexOf("{{");
    return open >= 0 && (open == 0 || text.charAt(open - 1) != '$');
  }

  /** Whether the text holds an expression that lockstep does not evaluate. */
  public static boolean hasExpression(String text) {
    return EXPRESSION.matcher(text).find();
  }

  /** The usual message for a reference without a digest. */
  public static String message(String written) {
    String text = written.strip();
    return "image " + text + " has no digest; pin it as " + text + "@sha256:<digest>";
  }

  private static Optional<ImageRef> parse(String text) {
    try {
      return Optional.of(ImageRef.parse(text));
    } catch (InvalidReferenceException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
