package dev.lockstep.ref;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container image reference as the Docker engine and OCI registries read it: {@code
 * [registry[:port]/]repository[:tag][@sha256:digest]}. It is pinned when it carries a digest; a tag
 * may stay beside the digest for people to read.
 *
 * @param registry the registry host and port, empty for Docker Hub's implicit default
 * @param repository the path, such as {@code library/debian} or {@code debian}
 * @param tag the tag, if one is written
 * @param digest the digest, if one is written
 */
public record ImageRef(
    Optional<String> registry, String repository, Optional<String> tag, Optional<Digest> digest) {

  private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final Pattern REPOSITORY = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
  private static final Pattern HOST =
      Pattern.compile(
          "(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.?)+(?::[0-9]+)?|\\[[0-9a-fA-F:]+\\](?::[0-9]+)?");
  private static final Pattern WHOLE = Pattern.compile("([^@]+?)(?::([^:/@]+))?(?:@(.+))?");

  public ImageRef {
    Objects.requireNonNull(registry);
    Objects.requireNonNull(repository);
    Objects.requireNonNull(tag);
    Objects.requireNonNull(digest);
  }

  /** Parses a reference, refusing anything the engine would refuse. */
  public static ImageRef parse(String text) throws InvalidReferenceException {
    Matcher whole = WHOLE.matcher(text);
    if (text.isEmpty() || !whole.matches()) {
      throw new InvalidReferenceException(text, "expected [registry/]name[:tag][@sha256:digest]");
    }
    String name = whole.group(1);
    Optional<String> tag = Optional.ofNullable(whole.group(2));
    Optional<Digest> digest = Optional.empty();
    if (whole.group(3) != null) {
      digest = Optional.of(Digest.parse(whole.group(3)));
    }
    if (tag.isPresent() && !TAG.matcher(tag.get()).matches()) {
      throw new InvalidReferenceException(text, "invalid tag '" + tag.get() + "'");
    }
    Optional<String> registry = Optional.empty();
    String repository = name;
    int slash = name.indexOf('/');
    if (slash > 0) {
      String first = name.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        if (!HOST.matcher(first).matches()) {
          throw new InvalidReferenceException(text, "invalid registry host '" + first + "'");
        }
        registry = Optional.of(first);
        repository = name.substring(slash + 1);
      }
    }
    if (!REPOSITORY.matcher(repository).matches()) {
      throw new InvalidReferenceException(text, "invalid repository name '" + repository + "'");
    }
    return new ImageRef(registry, repository, tag, digest);
  }

  /** Whether the reference names exact bytes: it carries a sha256 digest. */
  public boolean isPinned() {
    return digest.isPresent();
  }

  /** The tag the engine would use: the written one, or {@code latest} when none is written. */
  public String effectiveTag() {
    return tag.orElse("latest");
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    registry.ifPresent(host -> text.append(host).append('/'));
    text.append(repository);
    tag.ifPresent(value -> text.append(':').append(value));
    digest.ifPresent(value -> text.append('@').append(value));
    return text.toString();
  }
}
