package dev.lockstep.env;

import dev.lockstep.env.Lock.AptPackage;
import dev.lockstep.env.Lock.BasePackage;
import dev.lockstep.env.Lock.LockedApt;
import dev.lockstep.env.Lock.LockedBase;
import dev.lockstep.env.Lock.LockedMatrix;
import java.util.List;

/** Small locks for unit tests. */
public final class Locks {
  private Locks() {}

  public static String sha(char c) {
    return String.valueOf(c).repeat(64);
  }

  public static Lock sample(String matrixSha256) {
    return new Lock(
        Lock.FORMAT,
        new LockedMatrix("envs/sample.yaml", matrixSha256),
        new LockedBase(
            "bookworm",
            "minbase",
            "http://deb.debian.org/debian",
            1783764997L,
            "mmdebstrap 1.3.5",
            sha('b'),
            "sha256:" + sha('c'),
            List.of(
                new BasePackage("libc6", "2.36-9+deb12u14", "amd64"),
                new BasePackage("bash", "5.2.15-2+b9", "amd64"))),
        new LockedApt(
            List.of("jq", "hello"),
            List.of(
                new AptPackage("jq", "1.6-2.1+deb12u2", "amd64", sha('d')),
                new AptPackage("hello", "2.10-3", "amd64", sha('e')))));
  }
}
