package dev.lockstep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.lockstep.env.Locks;
import dev.lockstep.env.Matrix;
import dev.lockstep.env.MatrixReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockerMessagesTest {
  @TempDir Path dir;

  private Matrix matrix(String text) throws Exception {
    Path file = dir.resolve("envs/sample.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return MatrixReader.read(file);
  }

  @Test
  void unknownTemplatePackageIsReportedInsideTheExpectWithCloseNames() throws Exception {
    Matrix matrix =
        matrix(
            """
            base: { rootfs: { suite: bookworm, variant: minbase } }
            apt: [jq]
            smoke:
              - { name: jq, run: jq --version, expect: "jq-{{ upstream jqx }}" }
            """);

    assertThatThrownBy(() -> Locker.checkSmokeTemplates(matrix, Locks.sample(matrix.sha256())))
        .isInstanceOf(ResolveException.class)
        .hasMessageStartingWith(
            dir.resolve("envs/sample.yaml")
                + ":4:48: smoke check `jq` refers to package `jqx`, which the locked apt closure"
                + " does not hold; did you mean `jq`?")
        .hasMessageContaining("\n" + " ".repeat(49) + "^");
  }

  @Test
  void suiteTheMirrorDoesNotHaveIsBadInputWithAGuess() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    try {
      String mirror = "http://127.0.0.1:" + server.getAddress().getPort() + "/debian";

      assertThatThrownBy(() -> DebianRelease.fetch(mirror, "bookwrom"))
          .isInstanceOf(UnknownSuiteException.class)
          .hasMessageContaining("the mirror has no suite `bookwrom`")
          .hasMessageContaining("answered 404")
          .hasMessageContaining("did you mean `bookworm`?");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void mirrorThatDoesNotAnswerIsAMissingEnvironment() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String mirror = "http://127.0.0.1:" + port + "/debian";

    assertThatThrownBy(() -> DebianRelease.fetch(mirror, "bookworm"))
        .isInstanceOf(MissingToolException.class)
        .hasMessageContaining("cannot reach the Debian mirror");
  }

  @Test
  void suiteErrorPointsAtTheSuiteKey() throws Exception {
    Matrix matrix = matrix("base:\n  rootfs: { suite: bookwrom, variant: minbase }\n");

    assertThat(matrix.source().atSuite("no such suite"))
        .startsWith(dir.resolve("envs/sample.yaml") + ":2:20: no such suite")
        .endsWith("\n" + " ".repeat(21) + "^");
  }
}
