package dev.lockstep.scan.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Scanned;
import org.junit.jupiter.api.Test;

class ModelfileScannerTest {
  private final ModelfileScanner scanner = new ModelfileScanner();

  @Test
  void aModelWithoutTagOrTaggedLatestFloats() {
    assertThat(Scanned.scan(scanner, "Modelfile", "FROM llama3\n").findings)
        .containsExactly("1:6 model-tag-unpinned");
    assertThat(Scanned.scan(scanner, "Modelfile", "# base\nfrom  mistral:latest\n").findings)
        .containsExactly("2:7 model-tag-unpinned");
  }

  @Test
  void aTaggedModelAndLocalWeightsAreFine() {
    String text =
        "FROM llama3:8b-instruct-q4_0\nFROM ./model.gguf\nFROM /models/x\n"
            + "FROM hf.co/org/repo:Q4_K_M\n";
    assertThat(Scanned.scan(scanner, "Modelfile", text).findings).isEmpty();
  }

  @Test
  void textInsideTripleQuotesIsNotAnInstruction() {
    String text = "FROM llama3:8b\nSYSTEM \"\"\"\nFROM here on, be brief.\n\"\"\"\n";
    assertThat(Scanned.scan(scanner, "Modelfile", text).findings).isEmpty();
  }
}
