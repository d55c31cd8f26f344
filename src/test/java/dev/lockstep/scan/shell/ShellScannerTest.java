package dev.lockstep.scan.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Collected;
import dev.lockstep.scan.EmbeddedLine;
import dev.lockstep.scan.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellScannerTest {
  static List<String> scan(String path, String script) {
    Collected report = new Collected();
    List<EmbeddedLine> lines = new ArrayList<>();
    String[] parts = script.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      lines.add(new EmbeddedLine(i + 1, 1, parts[i]));
    }
    ShellScanner.scan(new SourceFile(Path.of("/r"), path, script), lines, report);
    assertThat(report.diagnostics).isEmpty();
    return report.positions();
  }

  static List<String> scan(String script) {
    return scan("run.sh", script);
  }

  @Test
  void aptInstallWithoutVersionsIsAFinding() {
    assertThat(
            scan(
                "apt-get update && apt-get install -y --no-install-recommends curl git=1:2.39.2-1"))
        .containsExactly("1:62 os-package-unpinned");
  }

  @Test
  void aptOptionValuesAreNotPackages() {
    assertThat(
            scan(
                "apt-get install -t bookworm-backports -o Dpkg::Options::=--force-confold -y curl=7.88"))
        .isEmpty();
  }

  @Test
  void aLocalDebIsNotAFinding() {
    assertThat(scan("apt-get install -y ./pkg.deb /tmp/other.deb")).isEmpty();
  }

  @Test
  void continuationsKeepRealPositions() {
    assertThat(scan("apt-get install -y \\\n    curl \\\n    wget=1.21"))
        .containsExactly("2:5 os-package-unpinned");
  }

  @Test
  void aVariableWhoseVisibleValueIsPinnedIsNotAFinding() {
    assertThat(scan("PKGS=\"a=1 b=2\"\napt-get install -y $PKGS")).isEmpty();
    assertThat(scan("PKGS=\"a=1 b\"\napt-get install -y $PKGS"))
        .containsExactly("2:20 os-package-unpinned");
  }

  static List<String> messages(String script) {
    Collected report = new Collected();
    List<EmbeddedLine> lines = new ArrayList<>();
    String[] parts = script.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      lines.add(new EmbeddedLine(i + 1, 1, parts[i]));
    }
    ShellScanner.scan(new SourceFile(Path.of("/r"), "install.sh", script), lines, report);
    return report.findings;
  }

  @Test
  void eachFloatingPackageOfAVariableIsReportedAtItsUseNamingTheVariable() {
    assertThat(messages("PKGS=\"a b\"\napt-get install -y $PKGS"))
        .containsExactly(
            "2:20 os-package-unpinned apt-get installs a (from $PKGS) without a version;"
                + " pin it as a=<version>",
            "2:20 os-package-unpinned apt-get installs b (from $PKGS) without a version;"
                + " pin it as b=<version>");
    assertThat(messages("PKGS=\"a=1 b\"\napt-get install -y $PKGS"))
        .containsExactly(
            "2:20 os-package-unpinned apt-get installs b (from $PKGS) without a version;"
                + " pin it as b=<version>");
  }

  @Test
  void aVariableInsideAPackageNameStillFloats() {
    assertThat(scan("apt-get install -y openjdk-$V-jdk \"lib${NAME}-dev\" python$PY"))
        .containsExactly(
            "1:20 os-package-unpinned", "1:35 os-package-unpinned", "1:52 os-package-unpinned");
    assertThat(scan("apk add lib$X-dev && dnf install -y java-$V-openjdk"))
        .containsExactly("1:9 os-package-unpinned", "1:37 os-package-unpinned");
  }

  @Test
  void aVariableThatCanHoldTheVersionIsNotJudged() {
    assertThat(scan("apt-get install -y \"openjdk-$V-jdk=$JDK\" $PKGS \"${MORE}\" $(cat list)"))
        .isEmpty();
    assertThat(scan("apk add \"curl=$V\" && dnf install -y gcc-$V gcc-${V}-1.el9")).isEmpty();
  }

  @Test
  void installersJudgeAVariableInsideANameToo() {
    assertThat(
            scan(
                "pip install \"lib${X}-tools\" \"a==$V\" $REQS\nnpm i @s/$N x@$V $P\n"
                    + "gem install rails-$X bundler:$V $G"))
        .containsExactly(
            "1:13 pip-install-unpinned", "2:7 npm-install-unpinned", "3:13 gem-install-unpinned");
  }

  @Test
  void aForLoopOverPlainWordsInstallsEachWord() {
    assertThat(messages("for p in curl git=1; do\n  apt-get install -y \"$p\"\ndone"))
        .containsExactly(
            "2:22 os-package-unpinned apt-get installs curl (from $p) without a version;"
                + " pin it as curl=<version>");
  }

  @Test
  void aForLoopOverAGlobOrAnExpansionIsNotFollowed() {
    assertThat(scan("for f in ./*.deb; do apt-get install -y \"$f\"; done")).isEmpty();
    assertThat(scan("for f in $(cat list); do apk add $f; done")).isEmpty();
    assertThat(scan("for p in curl; do :; done\np=git=1\napt-get install $p")).isEmpty();
  }

  @Test
  void apkOfALocalApkIsNotAFinding() {
    assertThat(scan("apk add --no-cache ./local.apk /tmp/x.apk --virtual .deps gcc=12.2.1-r4"))
        .isEmpty();
    assertThat(scan("apk add --no-cache curl")).containsExactly("1:20 os-package-unpinned");
  }

  @Test
  void rpmManagersNeedNameVersion() {
    assertThat(scan("dnf install -y java-17-openjdk gcc-11.3.1-4.el9 @development ./x.rpm"))
        .containsExactly("1:16 os-package-unpinned");
    assertThat(scan("yum -y install epel-release && microdnf install tar")).hasSize(2);
    assertThat(scan("zypper --non-interactive in -y curl=8.0 wget")).hasSize(1);
  }

  @Test
  void pipWithIndexUrlAndExactVersionIsPinned() {
    assertThat(scan("pip install --index-url https://example.org/simple pkg==1.0")).isEmpty();
    assertThat(scan("python3 -m pip install --upgrade pip requests>=2 -r req.txt")).hasSize(2);
    assertThat(scan("pip install -e .[dev] .[test] ./lib dist/x-1.0-py3-none-any.whl")).isEmpty();
    assertThat(scan("pip install \"poetry==$POETRY_VERSION\" git+https://h/r.git@main")).hasSize(1);
  }

  @Test
  void npmWithRegistryAndExactVersionIsPinned() {
    assertThat(scan("npm install --registry https://r.example.org pkg@1.2.3")).isEmpty();
    assertThat(scan("npm i -g npm@latest @scope/x@^1.0.0 yarn")).hasSize(3);
  }

  @Test
  void npmInstallWithoutArgumentsIsAFindingOnlyInCi() {
    assertThat(scan("npm install")).isEmpty();
    assertThat(scan(".github/workflows/ci.yml", "npm install"))
        .containsExactly("1:5 npm-install-in-ci");
    assertThat(scan("Dockerfile", "npm ci")).isEmpty();
  }

  @Test
  void giteaAndForgejoWorkflowsAreCi() {
    assertThat(scan(".gitea/workflows/build.yml", "npm install"))
        .containsExactly("1:5 npm-install-in-ci");
    assertThat(scan(".forgejo/workflows/build.yml", "npm i"))
        .containsExactly("1:5 npm-install-in-ci");
  }

  @Test
  void goInstallNeedsAVersion() {
    assertThat(scan("go install golang.org/x/tools/gopls@latest example.com/y@v1.2.3 ./cmd/z"))
        .containsExactly("1:12 go-install-unpinned");
  }

  @Test
  void gemInstallNeedsMinusV() {
    assertThat(scan("gem install bundler -v 2.4.22 && gem install rake"))
        .containsExactly("1:46 gem-install-unpinned");
  }

  @Test
  void curlPipedIntoShIsAFinding() {
    assertThat(scan("curl -fsSL https://get.example.sh | sudo -E bash -"))
        .containsExactly("1:1 remote-script-unverified");
    assertThat(scan("wget -qO- https://x.example/i.sh | sh")).hasSize(1);
    assertThat(scan("curl -fsSL https://x.example/k.tgz | tar xz")).isEmpty();
  }

  @Test
  void processAndCommandSubstitutionsAreFindings() {
    assertThat(scan("bash <(curl -s https://x.example/i.sh)")).hasSize(1);
    assertThat(scan("sh -c \"$(curl -fsSL https://x.example/i.sh)\"")).hasSize(1);
  }

  @Test
  void aDownloadVerifiedBeforeItRunsIsNotAFinding() {
    assertThat(
            scan(
                "curl -fsSLo install.sh https://x.example/i.sh\nsha256sum -c install.sh.sha256\nsh install.sh"))
        .isEmpty();
    assertThat(
            scan(
                "curl -o /tmp/i.sh https://x.example/i.sh && echo \"abc  /tmp/i.sh\" | sha256sum --check && bash /tmp/i.sh"))
        .isEmpty();
    assertThat(scan("wget https://x.example/install.sh\nchmod +x install.sh\n./install.sh"))
        .containsExactly("3:1 remote-script-unverified");
  }

  @Test
  void dockerRunWithoutDigestIsAFinding() {
    assertThat(scan("docker run --rm -v $PWD:/src -e A=b redis:7 redis-server"))
        .containsExactly("1:37 image-unpinned");
    assertThat(scan("docker build -t app . && docker run app")).isEmpty();
    assertThat(scan("docker pull redis@sha256:" + "a".repeat(64))).isEmpty();
  }

  @Test
  void modelsNeedTagsAndRevisions() {
    assertThat(scan("ollama pull llama3 && ollama run qwen:latest && ollama pull phi3:3.8b"))
        .hasSize(2);
    assertThat(scan("huggingface-cli download gpt2 --revision " + "a".repeat(40))).isEmpty();
    assertThat(scan("hf download gpt2 --revision main"))
        .containsExactly("1:29 model-revision-unpinned");
  }

  @Test
  void heredocsFedToAShellAreRead() {
    assertThat(
            scan(
                "bash <<EOF\napt-get install -y vim\nEOF\ncat <<EOF > x\napt-get install -y vim\nEOF"))
        .containsExactly("2:20 os-package-unpinned");
  }

  @Test
  void wrappersCutShortAreHarmless() {
    assertThat(scan("sudo -u\nenv -u\nsudo")).isEmpty();
  }

  @Test
  void workflowExpressionsAreValuesLockstepCannotSee() {
    assertThat(
            scan(
                ".github/workflows/ci.yml",
                "pip install ${{ matrix.pkg }}\nnpm i -g npm@${{ matrix.npm }}\n"
                    + "docker run ${{ env.IMAGE }} true && apt-get install -y curl"))
        .containsExactly("3:56 os-package-unpinned");
  }

  @Test
  void aDownloadRedirectedToAFileAndRunIsAFinding() {
    assertThat(scan("curl -fsSL https://x.example/i.sh > i.sh && bash i.sh"))
        .containsExactly("1:50 remote-script-unverified");
    assertThat(scan("wget -qO- https://x.example/i.sh >i.sh\nsha256sum -c i.sum\nsh ./i.sh"))
        .isEmpty();
  }
}
