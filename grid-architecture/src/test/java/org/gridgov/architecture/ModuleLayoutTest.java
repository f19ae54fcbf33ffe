package org.gridgov.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gridgov.architecture.fixture.ReachesIntoRules;
import org.gridgov.rules.architecturefixture.RulesUsingEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModuleLayoutTest {

  /** The main classes of every module of the reactor (tests are free to reach anywhere). */
  private static JavaClasses everyModule() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> poms = Files.walk(root, 3)) {
      poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
          .map(p -> p.resolveSibling("target/classes"))
          .filter(Files::isDirectory)
          .forEach(dirs::add);
    }
    // A check that saw no classes would pass whatever the code does: insist on the libraries.
    for (String m :
        List.of(
            "grid-core", "grid-rules", "grid-events", "grid-dedup", "grid-interop", "grid-cli")) {
      assertThat(dirs).as("compiled classes of " + m).contains(root.resolve(m + "/target/classes"));
    }
    return new ClassFileImporter().importPaths(dirs);
  }

  @Test
  @DisplayName("every module depends only on the modules below it, and on no other's internals")
  void layoutHolds() throws IOException {
    JavaClasses classes = everyModule();
    assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("org.gridgov.")))
        .hasSizeGreaterThan(300);
    assertThat(ModuleLayout.violations(classes)).isEmpty();
  }

  @Test
  @DisplayName("a class that imports another module's internal package is reported")
  void internalImportFails() {
    JavaClasses fixture = new ClassFileImporter().importClasses(ReachesIntoRules.class);
    assertThat(ModuleLayout.violations(fixture))
        .singleElement()
        .asString()
        .startsWith(
            "module architecture must not use the internal package"
                + " org.gridgov.rules.validation.internal of module rules");
  }

  @Test
  @DisplayName("a dependency against the intended direction is reported")
  void upwardDependencyFails() {
    JavaClasses fixture = new ClassFileImporter().importClasses(RulesUsingEvents.class);
    assertThat(ModuleLayout.violations(fixture))
        .singleElement()
        .asString()
        .startsWith("module rules must not depend on module events");
  }

  @Test
  @DisplayName("core's internal package is shared with our modules")
  void coreInternalIsShared() {
    JavaClasses fixture =
        new ClassFileImporter().importClasses(org.gridgov.architecture.fixture.UsesCore.class);
    assertThat(ModuleLayout.violations(fixture)).isEmpty();
  }
}
