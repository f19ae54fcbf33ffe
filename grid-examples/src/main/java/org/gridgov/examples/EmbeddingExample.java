package org.gridgov.examples;

import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.staff.GridMember;
import org.gridgov.examples.sample.SampleCommunities;

/** Builds the urban sample and walks it the way an embedding application would. */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /** Prints a few navigations of the urban sample; takes no arguments. */
  public static void main(String[] args) {
    GridTree tree = SampleCommunities.urban();
    Grid community = tree.communities().get(0);
    System.out.println(community.name() + " " + community.code());
    for (Grid general : tree.children(community.code())) {
      if (general.level() == GridLevel.GENERAL) {
        long micros = tree.children(general.code()).stream()
            .filter(g -> g.level() == GridLevel.MICRO).count();
        System.out.printf("  %s: %d households in %d micro grids%n", general.name(),
            tree.householdsWithin(general.code()).size(), micros);
      }
    }
    Household household = tree.households().get(0);
    Grid micro = tree.gridOf(household.id()).orElseThrow();
    System.out.println(household.address() + " -> " + micro.name() + " -> "
        + tree.parent(micro.code()).orElseThrow().name());
    for (GridMember m : tree.members(micro.code())) {
      boolean active = m.isActiveOn(SampleCommunities.REFERENCE_DATE);
      System.out.printf("  %s %s %s%s%n", m.id(), m.name(), m.employment().code(),
          active ? "" : " (left " + m.activeUntil().orElseThrow() + ")");
    }
  }
}
