package dev.lockstep.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  @Test
  void keysAreSortedAtEveryLevelWithTwoSpaceIndentAndFinalNewline() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1);
    inner.put("a", List.of());
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("b", inner);
    outer.put("a", "x");
    outer.put("c", Map.of());

    assertThat(CanonicalJson.write(outer))
        .isEqualTo(
            "{\n  \"a\": \"x\",\n  \"b\": {\n    \"a\": [],\n    \"z\": 1\n  },\n  \"c\": {}\n}\n");
  }

  @Test
  void readingAndWritingAgainGivesTheSameBytes() throws Exception {
    String once = CanonicalJson.write(Map.of("k", List.of(Map.of("y", 2, "x", "é\n")), "a", true));
    String twice = CanonicalJson.write(CanonicalJson.read(once));
    assertThat(twice).isEqualTo(once);
  }

  @Test
  void recordsAreWrittenWithSortedComponents() {
    record Sample(String zeta, int alpha) {}
    assertThat(CanonicalJson.write(new Sample("z", 1)))
        .isEqualTo("{\n  \"alpha\": 1,\n  \"zeta\": \"z\"\n}\n");
  }
}
