package org.gridgov.examples;

import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.staff.GridMember;
import org.gridgov.samples.community.SampleCommunities;

/** Builds the urban sample and walks it the way an embedding application would. */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /** Prints a few navigations of the urban sample; takes no arguments. */
  public static void main(String[] args) {
    GridTree tree = SampleCommunities.urban();
    Grid community = tree.communities().get(0);
    System.out.println(community.name() + " " + community.code());
    for (Grid general : tree.grids(GridLevel.GENERAL)) {
      int households = tree.householdsWithin(general.code()).size();
      System.out.println("  " + general.name() + ": " + households + " households");
    }
    Household household = tree.households().get(0);
    Grid micro = tree.gridOf(household.id()).orElseThrow();
    Grid general = tree.parent(micro.code()).orElseThrow();
    System.out.println(household.address() + " -> " + micro.name() + " -> " + general.name());
    for (GridMember m : tree.members(micro.code())) {
      String left = m.isActiveOn(SampleCommunities.REFERENCE_DATE) ? "" : " (has left)";
      System.out.println("  " + m.id() + " " + m.name() + " " + m.employment().code() + left);
    }
  }
}
