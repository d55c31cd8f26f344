package dev.lockstep.env;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code envs/NAME.yaml}. Unknown keys, missing keys and bad values are errors that name the
 * file, the line and the fix; nothing is guessed or skipped.
 */
public final class MatrixReader {
  private static final ObjectMapper YAML =
      YAMLMapper.builder(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private MatrixReader() {}

  /** The matrix file of an environment under a project folder. */
  public static Path path(Path projectDir, String env) {
    return projectDir.resolve("envs").resolve(env + ".yaml");
  }

  /** Reads and checks a matrix file; its name is the file name without {@code .yaml}. */
  public static Matrix read(Path file) throws MatrixException {
    byte[] bytes = readBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    MatrixFile wire = parse(file, text);
    return new Converter(file, text).matrix(envName(file), CanonicalJson.sha256(bytes), wire);
  }

  private static byte[] readBytes(Path file) throws MatrixException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new MatrixException(file + ": no such matrix file; " + known(file.getParent()));
    } catch (IOException e) {
      throw new MatrixException(file + ": cannot read: " + e.getMessage());
    }
  }

  private static String known(Path dir) {
    try (var files = Files.list(dir)) {
      List<String> names =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .map(n -> n.substring(0, n.length() - 5))
              .sorted()
              .toList();
      return names.isEmpty()
          ? "write it first"
          : "the environments here are: " + String.join(", ", names);
    } catch (IOException | RuntimeException e) {
      return "write it first";
    }
  }

  private static String envName(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
  }

  private static MatrixFile parse(Path file, String text) throws MatrixException {
    if (text.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
      throw new MatrixException(file + ": the file is empty; it needs at least `base:`");
    }
    try {
      return YAML.readValue(text, MatrixFile.class);
    } catch (UnrecognizedPropertyException e) {
      String known =
          e.getKnownPropertyIds().stream()
              .map(Object::toString)
              .sorted()
              .collect(Collectors.joining(", "));
      String message =
          "unknown key `"
              + e.getPropertyName()
              + "` in "
              + where(e, 1)
              + "; the keys allowed there are: "
              + known;
      throw keyAt(file, text, e.getPropertyName(), message);
    } catch (JsonMappingException e) {
      throw located(file, text, e, mappingMessage(e));
    } catch (JsonProcessingException e) {
      throw located(file, text, e, "not valid YAML: " + e.getOriginalMessage());
    }
  }

  private static String mappingMessage(JsonMappingException e) {
    Throwable cause = e.getCause();
    if (cause instanceof IllegalArgumentException) {
      return where(e) + ": " + cause.getMessage();
    }
    String original = e.getOriginalMessage();
    if (original.startsWith("Missing required creator property")) {
      String key = original.replaceFirst("Missing required creator property '([^']*)'.*", "$1");
      return where(e, 1) + " needs the key `" + key + "`";
    }
    if (original.startsWith("Cannot deserialize value of type `java.util.")) {
      return where(e) + " must be a list (`[a, b]` or lines starting with `- `)";
    }
    return where(e)
        + ": "
        + original
            .replaceAll("`dev\\.lockstep\\.[\\w.$]+`", "this value")
            .replaceAll("\\s*\\(for .*", "")
            .replaceAll("\n.*", "");
  }

  private static String where(JsonMappingException e) {
    return where(e, 0);
  }

  /** The path of the value an error is about, as written in the file, less the last steps. */
  private static String where(JsonMappingException e, int dropLast) {
    List<String> parts = new ArrayList<>();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        parts.add(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        int last = parts.size() - 1;
        parts.set(last, parts.get(last) + "[" + ref.getIndex() + "]");
      }
    }
    for (int i = 0; i < dropLast && !parts.isEmpty(); i++) {
      parts.remove(parts.size() - 1);
    }
    return parts.isEmpty() ? "the top level" : "`" + String.join(".", parts) + "`";
  }

  // Jackson reports an unknown key of a record where the record ends; the key's own line is
  // what a reader needs, so look for its first use as a key.
  private static MatrixException keyAt(Path file, String text, String key, String message) {
    Matcher matcher =
        Pattern.compile("(?m)(^|[\\s{,])(" + Pattern.quote(key) + ")\\s*:").matcher(text);
    if (!matcher.find()) {
      return MatrixException.at(file, text, 0, 0, message);
    }
    int offset = matcher.start(2);
    int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    int column = offset - text.lastIndexOf('\n', offset - 1);
    return MatrixException.at(file, text, line, column, message);
  }

  private static MatrixException located(
      Path file, String text, JsonProcessingException e, String message) {
    JsonLocation at = e.getLocation();
    return at == null
        ? MatrixException.at(file, text, 0, 0, message)
        : MatrixException.at(file, text, at.getLineNr(), at.getColumnNr(), message);
  }

  /** Turns the wire form into the domain form; each bad value is reported at its own line. */
  private record Converter(Path file, String text) {
    Matrix matrix(String name, String sha256, MatrixFile wire) throws MatrixException {
      RootfsBase base = base(wire.base());
      List<AptPin> apt = new ArrayList<>();
      for (Located entry : orEmpty(wire.apt())) {
        apt.add(convert(entry, () -> AptPin.parse(entry.text())));
      }
      List<SmokeSpec> smoke = new ArrayList<>();
      for (SmokeFile check : orEmpty(wire.smoke())) {
        smoke.add(smoke(check));
      }
      try {
        return new Matrix(name, sha256, base, apt, smoke);
      } catch (IllegalArgumentException e) {
        throw MatrixException.at(file, text, 0, 0, e.getMessage());
      }
    }

    private RootfsBase base(BaseFile base) throws MatrixException {
      if (base.image() != null) {
        throw at(
            base.image(),
            "`base.image` is not supported yet: no registry outside this"
                + " machine can be reached; build the base from the Debian archive with"
                + " `base: { rootfs: { suite: bookworm, variant: minbase } }`");
      }
      if (base.rootfs() == null) {
        throw new MatrixException(file + ": `base` needs `rootfs: { suite: …, variant: … }`");
      }
      RootfsFile rootfs = base.rootfs();
      return convert(
          rootfs.variant(),
          () ->
              convert(
                  rootfs.suite(),
                  () -> new RootfsBase(rootfs.suite().text(), rootfs.variant().text())));
    }

    private SmokeSpec smoke(SmokeFile check) throws MatrixException {
      ExpectTemplate expect =
          convert(check.expect(), () -> ExpectTemplate.parse(check.expect().text()));
      return convert(
          check.name(), () -> new SmokeSpec(check.name().text(), check.run().text(), expect));
    }

    private <T> T convert(Located at, Conversion<T> conversion) throws MatrixException {
      try {
        return conversion.get();
      } catch (IllegalArgumentException e) {
        throw at(at, e.getMessage());
      }
    }

    private MatrixException at(Located at, String message) {
      return MatrixException.at(file, text, at.line(), at.column(), message);
    }

    private static <T> List<T> orEmpty(List<T> list) {
      return list == null ? List.of() : list;
    }
  }

  @FunctionalInterface
  private interface Conversion<T> {
    T get() throws MatrixException;
  }

  /** A scalar with where it stands in the file. */
  @JsonDeserialize(using = LocatedDeserializer.class)
  record Located(String text, int line, int column) {}

  static final class LocatedDeserializer extends StdDeserializer<Located> {
    private static final long serialVersionUID = 1L;

    LocatedDeserializer() {
      super(Located.class);
    }

    @Override
    public Located deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.currentToken().isScalarValue()) {
        return (Located) ctxt.handleUnexpectedToken(Located.class, p);
      }
      JsonLocation at = p.currentTokenLocation();
      return new Located(p.getText(), at.getLineNr(), at.getColumnNr());
    }
  }

  record MatrixFile(
      @JsonProperty(required = true) BaseFile base, List<Located> apt, List<SmokeFile> smoke) {}

  record BaseFile(RootfsFile rootfs, Located image) {}

  record RootfsFile(
      @JsonProperty(required = true) Located suite,
      @JsonProperty(required = true) Located variant) {}

  record SmokeFile(
      @JsonProperty(required = true) Located name,
      @JsonProperty(required = true) Located run,
      @JsonProperty(required = true) Located expect) {}
}
