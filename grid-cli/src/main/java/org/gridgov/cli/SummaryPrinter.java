package org.gridgov.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridSummary;
import org.gridgov.core.grid.GridTree;

/**
 * Prints the hierarchy summary of a grid tree: per community the counts per level, households,
 * people, members and party organisations, and a line per general grid.
 */
final class SummaryPrinter {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryPrinter() {}

  static void print(
      String title, GridTree tree, LocalDate date, OutputFormat format, PrintWriter out) {
    if (format == OutputFormat.JSON) {
      printJson(title, tree, date, out);
    } else {
      printText(title, tree, date, out);
    }
    out.flush();
  }

  private static void printText(String title, GridTree tree, LocalDate date, PrintWriter out) {
    out.println(title);
    for (Grid community : tree.communities()) {
      GridSummary s = GridSummary.of(tree, community.code(), date);
      out.println();
      out.printf(
          "Community %s %s (%s)%n",
          community.code(), community.name(), community.settlement().code());
      printCounts(s, out);
      out.println("  general grids:");
      for (Grid general : tree.children(community.code())) {
        if (general.level() != GridLevel.GENERAL) {
          continue;
        }
        GridSummary g = GridSummary.of(tree, general.code(), date);
        out.printf(
            "    %s  %-12s  households %5d  micro grids %3d  active members %3d%n",
            general.code(),
            general.name(),
            g.households(),
            g.grids(GridLevel.MICRO),
            g.activeMembers());
      }
      out.println("  exclusive grids:" + (s.grids(GridLevel.EXCLUSIVE) == 0 ? " none" : ""));
      for (Grid exclusive : tree.grids(GridLevel.EXCLUSIVE)) {
        if (tree.communityOf(exclusive.code()).equals(Optional.of(community))) {
          out.printf(
              "    %s  %-12s  %s%s%n",
              exclusive.code(),
              exclusive.name(),
              exclusive.exclusiveKind().map(k -> k.code()).orElse(""),
              exclusive.managingBody().map(b -> ", managed by " + b).orElse(""));
        }
      }
    }
    GridSummary total = GridSummary.of(tree, date);
    if (tree.communities().size() != 1) {
      out.println();
      out.println("Total of " + tree.communities().size() + " communities");
      printCounts(total, out);
    } else if (total.unassignedHouseholds() > 0) {
      // Households in no grid belong to no community, so the community's counts leave them out.
      out.printf("  households in no grid: %d%n", total.unassignedHouseholds());
    }
  }

  private static void printCounts(GridSummary s, PrintWriter out) {
    out.printf(
        "  grids: %d community, %d general, %d micro, %d exclusive%n",
        s.grids(GridLevel.COMMUNITY),
        s.grids(GridLevel.GENERAL),
        s.grids(GridLevel.MICRO),
        s.grids(GridLevel.EXCLUSIVE));
    out.printf(
        "  households: %d (people %d; special-group households %d; unassigned %d; in two or more"
            + " grids %d)%n",
        s.households(),
        s.people(),
        s.specialGroupHouseholds(),
        s.unassignedHouseholds(),
        s.multiplyAssignedHouseholds());
    out.printf(
        "  members: %d (active on %s: %d)%n  party organisations: %d%n",
        s.members(), s.date(), s.activeMembers(), s.partyOrganizations());
  }

  private static void printJson(String title, GridTree tree, LocalDate date, PrintWriter out) {
    ObjectNode root = JSON.createObjectNode();
    root.put("title", title);
    root.put("date", date.toString());
    ArrayNode communities = root.putArray("communities");
    for (Grid community : tree.communities()) {
      ObjectNode c = communities.addObject();
      c.put("code", community.code().value());
      c.put("name", community.name());
      c.put("settlement", community.settlement().code());
      counts(c, GridSummary.of(tree, community.code(), date));
      ArrayNode generals = c.putArray("general_grids");
      for (Grid general : tree.children(community.code())) {
        if (general.level() == GridLevel.GENERAL) {
          ObjectNode g = generals.addObject();
          g.put("code", general.code().value());
          g.put("name", general.name());
          counts(g, GridSummary.of(tree, general.code(), date));
        }
      }
    }
    counts(root.putObject("total"), GridSummary.of(tree, date));
    try {
      out.println(JSON.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot render the summary as JSON", e);
    }
  }

  private static void counts(ObjectNode node, GridSummary s) {
    ObjectNode grids = node.putObject("grids");
    for (GridLevel l : GridLevel.values()) {
      grids.put(l.code(), s.grids(l));
    }
    node.put("households", s.households());
    node.put("people", s.people());
    node.put("special_group_households", s.specialGroupHouseholds());
    node.put("unassigned_households", s.unassignedHouseholds());
    node.put("multiply_assigned_households", s.multiplyAssignedHouseholds());
    node.put("members", s.members());
    node.put("active_members", s.activeMembers());
    node.put("party_organizations", s.partyOrganizations());
  }
}
