package dev.lockstep.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.actions.ActionMetadataScanner;
import dev.lockstep.scan.actions.WorkflowScanner;
import dev.lockstep.scan.compose.ComposeScanner;
import dev.lockstep.scan.helm.HelmValuesScanner;
import dev.lockstep.scan.kubernetes.KubernetesScanner;
import dev.lockstep.scan.models.HuggingFaceScanner;
import dev.lockstep.scan.models.ModelfileScanner;
import dev.lockstep.scan.npm.NodeVersionFileScanner;
import dev.lockstep.scan.npm.PackageJsonScanner;
import dev.lockstep.scan.npm.PnpmWorkspaceScanner;
import dev.lockstep.scan.python.PyprojectScanner;
import dev.lockstep.scan.python.PythonVersionFileScanner;
import dev.lockstep.scan.python.RequirementsScanner;
import dev.lockstep.scan.shell.ShellScanner;
import dev.lockstep.scan.toolchains.MiseScanner;
import dev.lockstep.scan.toolchains.ToolVersionsScanner;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every parser of this side of lockstep check, fed generated and mutated input: nothing may escape
 * but findings and diagnostics, and every position must lie inside the file.
 */
class ConfigParserPropertiesTest {
  private static final Path ROOT = Path.of("/nonexistent-lockstep-root");
  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";
  private static final String DIGEST = "@sha256:" + "a".repeat(64);
  private static final String YAML_CHARS =
      "abcimgnoesrtu:-_ |>'\"\n\n  #{}[],.*&!@$%1234567890/\t\\~";

  private static void scanSafely(Scanner scanner, String path, String text) {
    SourceFile file = new SourceFile(ROOT, path, text);
    int lines = file.lines().size();
    Report report =
        new Report() {
          @Override
          public void finding(Rule rule, int line, int column, String message) {
            assertThat(line).isBetween(1, lines);
            assertThat(column).isPositive();
            assertThat(message).isNotBlank();
          }

          @Override
          public void diagnostic(int line, int column, String message) {
            assertThat(message).isNotNull();
          }
        };
    scanner.accepts(file);
    scanner.scan(file, report);
  }

  @Property(tries = 10000)
  void workflowsNeverThrow(@ForAll("workflows") String text) {
    scanSafely(new WorkflowScanner(ShellScanner::scan), ".github/workflows/ci.yml", text);
  }

  @Provide
  Arbitrary<String> workflows() {
    String workflow =
        """
        on: [push]
        jobs:
          build:
            strategy:
              matrix:
                node: [18, 20.11.1]
                img: ["postgres:16", "redis%s"]
                include:
                  - img: mysql:8
            container: ${{ matrix.img }}
            services:
              db:
                image: postgres:${{ matrix.node }}
            steps:
              - uses: actions/checkout@%s # v4
              - uses: actions/setup-node@v4
                with:
                  node-version: ${{ matrix.node }}
                  python-version: |
                    3.12
                    3.11.9
              - uses: docker://alpine:3
              - run: |
                  npm install
                  apt-get install -y curl \\
                    git
              - run: >-
                  pip install
                  requests
          call:
            uses: org/repo/.github/workflows/x.yml@main
        """
            .formatted(DIGEST, SHA);
    return Mutations.of(List.of(workflow), YAML_CHARS + "${}");
  }

  @Property(tries = 10000)
  void actionMetadataNeverThrows(@ForAll("actions") String text) {
    scanSafely(new ActionMetadataScanner(ShellScanner::scan), "a/action.yml", text);
  }

  @Provide
  Arbitrary<String> actions() {
    return Mutations.of(
        List.of(
            "runs:\n  using: composite\n  steps:\n    - uses: actions/cache@v3\n"
                + "    - run: |\n        npm i x\n      shell: bash\n",
            "runs:\n  using: docker\n  image: docker://img:tag\n"),
        YAML_CHARS);
  }

  @Property(tries = 10000)
  void containerYamlNeverThrows(@ForAll("containerYaml") String text) {
    scanSafely(new ComposeScanner(), "compose.yaml", text);
    scanSafely(new KubernetesScanner(), "k8s/app.yaml", text);
    scanSafely(new HelmValuesScanner(), "values.yaml", text);
    scanSafely(new PnpmWorkspaceScanner(), "pnpm-workspace.yaml", text);
  }

  @Provide
  Arbitrary<String> containerYaml() {
    String compose =
        "x-base: &b\n  image: node:20\nservices:\n  a:\n    <<: *b\n"
            + "  b:\n    image: ${IMG:-nginx:1}\n  c:\n    build: .\n    image: app\n";
    String k8s =
        "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n"
            + "      containers:\n        - name: a\n          image: \"nginx:1.25\"\n"
            + "      initContainers:\n        - {name: b, image: busybox}\n---\napiVersion: v1\n"
            + "kind: Pod\nspec:\n  containers: [{image: x}]\n";
    String helm =
        "image:\n  registry: docker.io\n  repository: nginx\n  tag: \"1.25\"\n"
            + "  digest: \"\"\nsidecar:\n  image: busybox:1\n";
    String pnpm = "packages: [apps/*]\ncatalog:\n  react: ^18\ncatalogs:\n  old: {a: \"1\"}\n";
    return Mutations.of(List.of(compose, k8s, helm, pnpm), YAML_CHARS);
  }

  @Property(tries = 10000)
  void packageJsonNeverThrows(@ForAll("packageJson") String text) {
    scanSafely(new PackageJsonScanner(), "package.json", text);
  }

  @Provide
  Arbitrary<String> packageJson() {
    String manifest =
        """
        {
          "name": "x",
          "workspaces": ["packages/*"],
          "dependencies": {"a": "^1.0.0", "b": "github:o/b#main", "c": "npm:c@1.2.3"},
          "devDependencies": {"d": "1.2.3", "e": "latest"},
          "overrides": {"f": {".": "~1", "g": "$g"}},
          "engines": {"node": ">=18"},
          "packageManager": "pnpm@9.1.0+sha512.abc"
        }
        """;
    return Mutations.of(List.of(manifest), "{}[]\":,^~*<>=|@#/ .0123456789abcdefgnpmlatest\n\\u");
  }

  @Property(tries = 10000)
  void requirementsNeverThrow(@ForAll("requirements") String text) {
    scanSafely(new RequirementsScanner(), "requirements.txt", text);
    scanSafely(new RequirementsScanner(), "deps/other.txt", text);
  }

  @Provide
  Arbitrary<String> requirements() {
    String requirements =
        "-r base.txt\n--index-url https://x/simple\nrequests==2.31.0 \\\n"
            + "    --hash=sha256:"
            + "a".repeat(64)
            + "\nflask>=2 ; python_version > \"3.8\"\n"
            + "-e git+https://github.com/o/r.git@"
            + SHA
            + "#egg=r\nb @ git+ssh://git@h/o/b@v1\n"
            + "./local\nhttps://x/y.whl#sha256=abc\nDjango[argon2] (>=4.2)  # c\n";
    return Mutations.of(List.of(requirements), "abc=<>~!;@#[]()\\-+ .:/\n\"'0123456789");
  }

  @Property(tries = 10000)
  void pyprojectNeverThrows(@ForAll("pyproject") String text) {
    scanSafely(new PyprojectScanner(), "pyproject.toml", text);
    scanSafely(new MiseScanner(), "mise.toml", text);
  }

  @Provide
  Arbitrary<String> pyproject() {
    String pyproject =
        """
        [project]
        name = "svc"
        requires-python = ">=3.10"
        dependencies = ["requests>=2", 'rich==13.7.1']

        [project.optional-dependencies]
        dev = ["pytest"]

        [dependency-groups]
        lint = ["ruff", {include-group = "dev"}]

        [tool.poetry.dependencies]
        python = "^3.10"
        click = {version = "^8", extras = ["x"]}
        lib = {git = "https://g/o/l.git", rev = "main"}

        [tools]
        node = "20"
        python = ["3.12.4", "3.11"]
        go = { version = "latest" }
        """;
    return Mutations.of(List.of(pyproject), "[]{}=\"',.^<>~ \nabcdeprojt0123456789#");
  }

  @Property(tries = 10000)
  void pythonCallsNeverThrow(@ForAll("python") String text) {
    scanSafely(new HuggingFaceScanner(), "train.py", text);
  }

  @Provide
  Arbitrary<String> python() {
    String source =
        """
        MODEL = "org/name"
        REV = 'main'
        def from_pretrained(cls, x): pass
        m = AutoModel.from_pretrained(MODEL, revision=REV)  # comment
        t = AutoTokenizer.from_pretrained(
            "gpt2",
            revision=\"\"\"%s\"\"\",
            **kw)
        p = pipeline("ner", model=f"{x}", revision=r'v\\1')
        hf_hub_download(repo_id=b"x", filename="y"
        """
            .formatted(SHA);
    return Mutations.of(List.of(source), "()[]{},=*'\"#\\\n fromrevisin_pted.rbf0123456789");
  }

  @Property(tries = 10000)
  void notebooksNeverThrow(@ForAll("notebooks") String text) {
    scanSafely(new HuggingFaceScanner(), "nb.ipynb", text);
  }

  @Provide
  Arbitrary<String> notebooks() {
    String notebook =
        "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"m = from_pretrained("
            + "\\\"gpt2\\\")\\n\", \"x = 1\"]}, {\"cell_type\": \"code\", \"source\": "
            + "\"snapshot_download('a/b')\"}]}";
    return Mutations.of(List.of(notebook), "{}[]\":,\\n()'= abcodefrmpt");
  }

  @Property(tries = 10000)
  void lineFormatsNeverThrow(@ForAll("lineFormats") String text) {
    scanSafely(new ToolVersionsScanner(), ".tool-versions", text);
    scanSafely(new ModelfileScanner(), "Modelfile", text);
    scanSafely(new NodeVersionFileScanner(), ".nvmrc", text);
    scanSafely(new PythonVersionFileScanner(), ".python-version", text);
  }

  @Provide
  Arbitrary<String> lineFormats() {
    return Mutations.of(
        List.of(
            "nodejs 20.11.1 20\npython 3.12 # c\nruby ref:main\n",
            "FROM llama3\nSYSTEM \"\"\"\nFROM x\n\"\"\"\nFROM ./m.gguf\n",
            "lts/*\n",
            "3.12.4\nsystem\n"),
        "FROM lama3:.\"# \n\t0123456789refpath/*");
  }
}
