package dev.lockstep.scan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue of every rule lockstep check knows, one constant per rule. */
public final class Rules {
  // Container images, in any file that names one.
  public static final Rule IMAGE_UNPINNED =
      new Rule("image-unpinned", "Container image referenced without an @sha256 digest");

  // GitHub Actions.
  public static final Rule ACTION_UNPINNED =
      new Rule("action-unpinned", "Action or reusable workflow not pinned to a full commit SHA");
  public static final Rule ACTION_SHORT_SHA =
      new Rule("action-short-sha", "Action pinned to a short commit SHA, which can be ambiguous");

  // OS packages.
  public static final Rule OS_PACKAGE_UNPINNED =
      new Rule("os-package-unpinned", "OS package installed without an exact version");

  // Installers hidden in scripts.
  public static final Rule PIP_INSTALL_UNPINNED =
      new Rule("pip-install-unpinned", "pip install of a package without an exact == version");
  public static final Rule NPM_INSTALL_UNPINNED =
      new Rule("npm-install-unpinned", "JavaScript package added without an exact version");
  public static final Rule NPM_INSTALL_IN_CI =
      new Rule("npm-install-in-ci", "npm install in CI, where npm ci installs the lockfile");
  public static final Rule GO_INSTALL_UNPINNED =
      new Rule("go-install-unpinned", "go install of @latest or of a module without a version");
  public static final Rule GEM_INSTALL_UNPINNED =
      new Rule("gem-install-unpinned", "gem install without -v and an exact version");
  public static final Rule REMOTE_SCRIPT_UNVERIFIED =
      new Rule("remote-script-unverified", "Downloaded script executed without a checksum check");

  // JavaScript and TypeScript manifests.
  public static final Rule NPM_RANGE =
      new Rule("npm-range", "package.json dependency is a range or a dist-tag, not exact");
  public static final Rule NPM_SOURCE_UNPINNED =
      new Rule("npm-source-unpinned", "package.json git or URL dependency without a full commit");
  public static final Rule NPM_LOCKFILE_MISSING =
      new Rule("npm-lockfile-missing", "package.json with dependencies and no lockfile");
  public static final Rule NODE_VERSION_UNPINNED =
      new Rule("node-version-unpinned", "Node or package-manager version is not exact");

  // Python.
  public static final Rule PYTHON_REQUIREMENT_UNPINNED =
      new Rule("python-requirement-unpinned", "Python requirement without an exact == version");
  public static final Rule PYTHON_REQUIREMENT_UNHASHED =
      new Rule("python-requirement-unhashed", "Python requirement without --hash");
  public static final Rule PYTHON_VCS_UNPINNED =
      new Rule("python-vcs-unpinned", "Python VCS requirement not pinned to a full commit");
  public static final Rule PYPROJECT_UNLOCKED =
      new Rule(
          "pyproject-unlocked", "pyproject.toml dependency not exact and no lockfile beside it");
  public static final Rule PYTHON_VERSION_UNPINNED =
      new Rule("python-version-unpinned", ".python-version is not an exact version");

  // Models.
  public static final Rule MODEL_TAG_UNPINNED =
      new Rule("model-tag-unpinned", "Ollama model without a tag, or tagged latest");
  public static final Rule MODEL_REVISION_UNPINNED =
      new Rule("model-revision-unpinned", "Hugging Face download without a 40-hex revision");

  // Toolchains.
  public static final Rule TOOLCHAIN_UNPINNED =
      new Rule("toolchain-unpinned", "Toolchain version is a major, a range or an alias");

  private static final List<Rule> ALL =
      List.of(
          IMAGE_UNPINNED,
          ACTION_UNPINNED,
          ACTION_SHORT_SHA,
          OS_PACKAGE_UNPINNED,
          PIP_INSTALL_UNPINNED,
          NPM_INSTALL_UNPINNED,
          NPM_INSTALL_IN_CI,
          GO_INSTALL_UNPINNED,
          GEM_INSTALL_UNPINNED,
          REMOTE_SCRIPT_UNVERIFIED,
          NPM_RANGE,
          NPM_SOURCE_UNPINNED,
          NPM_LOCKFILE_MISSING,
          NODE_VERSION_UNPINNED,
          PYTHON_REQUIREMENT_UNPINNED,
          PYTHON_REQUIREMENT_UNHASHED,
          PYTHON_VCS_UNPINNED,
          PYPROJECT_UNLOCKED,
          PYTHON_VERSION_UNPINNED,
          MODEL_TAG_UNPINNED,
          MODEL_REVISION_UNPINNED,
          TOOLCHAIN_UNPINNED);

  private static final Map<String, Rule> BY_ID =
      ALL.stream().collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

  private Rules() {}

  /** Every rule, in catalogue order. */
  public static List<Rule> all() {
    return ALL;
  }

  /** The rule with this id, if there is one. */
  public static Optional<Rule> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }
}
