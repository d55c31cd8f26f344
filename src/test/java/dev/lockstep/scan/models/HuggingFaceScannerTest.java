package dev.lockstep.scan.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Scanned;
import org.junit.jupiter.api.Test;

class HuggingFaceScannerTest {
  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";
  private final HuggingFaceScanner scanner = new HuggingFaceScanner();

  private Scanned scan(String text) {
    return Scanned.scan(scanner, "train.py", text);
  }

  @Test
  void aHubDownloadWithoutRevisionIsAFindingAtTheRepository() {
    String text =
        """
        from transformers import AutoModel
        model = AutoModel.from_pretrained("bert-base-uncased")
        path = hf_hub_download(repo_id='org/repo', filename="config.json")
        snapshot_download("org/other")
        """;
    assertThat(scan(text).findings)
        .containsExactly(
            "2:36 model-revision-unpinned",
            "3:33 model-revision-unpinned",
            "4:20 model-revision-unpinned");
  }

  @Test
  void aFullCommitPinsAndABranchFloatsAtTheRevision() {
    String text =
        """
        a = AutoModel.from_pretrained("gpt2", revision="%s")
        b = AutoModel.from_pretrained(
            "gpt2",  # the small one
            revision="main",
        )
        """
            .formatted(SHA);
    assertThat(scan(text).findings).containsExactly("4:15 model-revision-unpinned");
  }

  @Test
  void namesAssignedLiteralsAreSeenThrough() {
    String text =
        """
        MODEL = "org/name"
        REVISION = "%s"
        BRANCH = "v1.0"
        ok = AutoModel.from_pretrained(MODEL, revision=REVISION)
        bad = AutoModel.from_pretrained(MODEL, revision=BRANCH)
        missing = AutoTokenizer.from_pretrained(MODEL)
        """
            .formatted(SHA);
    assertThat(scan(text).findings)
        .containsExactly("5:49 model-revision-unpinned", "6:25 model-revision-unpinned");
  }

  @Test
  void localPathsUnknownValuesAndDefinitionsAreNotFindings() {
    String text =
        """
        def from_pretrained(cls, name):
            return cls.from_pretrained(name)
        a = AutoModel.from_pretrained("./checkpoints/best")
        o = AutoModel.from_pretrained("output")
        b = AutoModel.from_pretrained(args.model_name_or_path)
        c = AutoModel.from_pretrained("gpt2", **kwargs)
        d = AutoModel.from_pretrained(f"{root}/model")
        s = "from_pretrained('gpt2')"
        # AutoModel.from_pretrained("gpt2")
        p = pipeline("sentiment-analysis")
        """;
    assertThat(scan(text).findings).isEmpty();
  }

  @Test
  void aPipelineModelNeedsARevision() {
    String text =
        "from transformers import pipeline\n"
            + "p = pipeline(\"text-generation\", model=\"org/llm\")\n"
            + "q = pipeline(\"ner\", \"dslim/bert-base-NER\", revision=\""
            + SHA
            + "\")\n";
    assertThat(scan(text).findings).containsExactly("2:40 model-revision-unpinned");
    assertThat(scan("from sklearn import x\np = pipeline(\"a\", \"b/c\")\n").findings).isEmpty();
  }

  @Test
  void revisionNoneIsTheMainBranch() {
    assertThat(scan("m = AutoModel.from_pretrained(\"gpt2\", revision=None)\n").findings)
        .containsExactly("1:48 model-revision-unpinned");
  }

  @Test
  void notebookCodeCellsAreReadAtTheirLines() {
    String text =
        """
        {"cells": [
          {"cell_type": "markdown", "source": ["from_pretrained(\\"gpt2\\")"]},
          {"cell_type": "code", "source": [
            "import transformers\\n",
            "m = AutoModel.from_pretrained(\\"gpt2\\")\\n"
          ]}
        ]}
        """;
    assertThat(Scanned.scan(scanner, "nb.ipynb", text).findings)
        .containsExactly("5:37 model-revision-unpinned");
  }

  @Test
  void aRepositoryTakenFromALiteralLoopListIsJudged() {
    String text =
        """
        for repo, d in [("Hello-SimpleAI/HC3", "hc3"), ("yaful/MAGE", "mage")]:
            p = snapshot_download(repo_id=repo, local_dir=d)
        for name in ["org/a", "org/b"]:
            hf_hub_download(name, "config.json", revision="%s")
        for local in ["./out", "./checkpoint"]:
            AutoModel.from_pretrained(local)
        for other in models:
            snapshot_download(other)
        """
            .formatted(SHA);
    assertThat(scan(text).findings).containsExactly("2:9 model-revision-unpinned");
  }
}
