package dev.lockstep.cli;

import dev.lockstep.engine.Engine;
import dev.lockstep.env.RootfsBase;
import dev.lockstep.resolve.BaseImage;

/**
 * A minbase bookworm image for engine tests, built from the Debian archive the first time and kept
 * under its own name, so later runs start in seconds. Its content is what the archive holds today.
 */
final class TestImages {
  static final String REPOSITORY = "lockstep-test-e2/minbase";
  static final String TAG = "bookworm";
  static final String MINBASE = REPOSITORY + ":" + TAG;

  private static final long SOURCE_DATE_EPOCH = 1_700_000_000L;

  private TestImages() {}

  static synchronized String minbase(Engine engine) throws Exception {
    if (!engine.imageExists(MINBASE)) {
      BaseImage.Created created =
          BaseImage.create(
              engine, new RootfsBase("bookworm", "minbase"), SOURCE_DATE_EPOCH, line -> {});
      engine.tag(created.imageId(), REPOSITORY, TAG);
    }
    return MINBASE;
  }
}
