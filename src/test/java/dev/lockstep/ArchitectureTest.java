package dev.lockstep;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the package order DESIGN.md writes down: a package uses only those before it. */
class ArchitectureTest {
  private static final List<String> ORDER =
      List.of(
          "ref", "env", "fetch", "engine", "resolve", "scan", "rewrite", "build", "record", "cli");

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.lockstep");

  @Test
  void eachPackageDependsOnlyOnPackagesBeforeIt() {
    for (int i = 0; i < ORDER.size(); i++) {
      String later = ORDER.get(i);
      for (int j = i + 1; j < ORDER.size(); j++) {
        String forbidden = ORDER.get(j);
        ArchRule rule =
            ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage("dev.lockstep." + later + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.lockstep." + forbidden + "..")
                .allowEmptyShould(true)
                .because(later + " comes before " + forbidden + " in DESIGN.md's order");
        rule.check(CLASSES);
      }
    }
  }

  @Test
  void scanSurfacesDoNotDependOnEachOther() {
    slices()
        .matching("dev.lockstep.scan.(*)..")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(
            com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                "dev.lockstep.scan.shell.."))
        .allowEmptyShould(true)
        .check(CLASSES);
  }
}
