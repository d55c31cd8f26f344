package dev.lockstep.record;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the dpkg probe's lines: package, version, architecture, selection ("want") and status,
 * separated by tabs. Packages dpkg lists as {@code not-installed} are left out: they are only a
 * selection, nothing on disk.
 */
final class DpkgParser {
  private static final int FIELDS = 5;

  private DpkgParser() {}

  static List<InstalledPackage> parse(List<String> lines) throws ProbeException {
    List<InstalledPackage> packages = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      InstalledPackage parsed = parseLine(line, i + 1);
      if (!parsed.status().equals("not-installed")) {
        packages.add(parsed);
      }
    }
    if (packages.isEmpty()) {
      throw new ProbeException(ProbeScript.DPKG, "dpkg lists no installed package");
    }
    return packages;
  }

  private static InstalledPackage parseLine(String line, int number) throws ProbeException {
    String[] fields = line.split("\t", -1);
    if (fields.length != FIELDS) {
      throw new ProbeException(
          ProbeScript.DPKG,
          "line " + number + " has " + fields.length + " fields, expected " + FIELDS + ": " + line);
    }
    String name = name(fields[0], fields[2]);
    if (name.isEmpty() || !name.equals(name.strip()) || fields[4].isEmpty()) {
      throw new ProbeException(ProbeScript.DPKG, "line " + number + " is not a package: " + line);
    }
    return new InstalledPackage(name, fields[1], fields[2], fields[4], fields[3].equals("hold"));
  }

  // ${binary:Package} prints name:arch for multiarch packages; keep the name alone either way.
  private static String name(String field, String architecture) {
    String suffix = ":" + architecture;
    if (!architecture.isEmpty() && field.endsWith(suffix)) {
      return field.substring(0, field.length() - suffix.length());
    }
    return field;
  }
}
