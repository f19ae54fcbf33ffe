package org.gridgov.events.notify;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.division.DivisionLevel;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.staff.GridMember;
import org.gridgov.spi.notify.Contact;
import org.gridgov.spi.notify.Notification;
import org.gridgov.spi.notify.Recipient;

/**
 * Who is told at each rung of the ladder, with their contacts: the community's records give the
 * members and their names, the configuration their mobile numbers and the departments' and offices'
 * contacts.
 */
final class Recipients {

  /**
   * What the center knows of a case.
   *
   * @param caseId the case
   * @param grid the grid that leads it
   * @param category its category
   * @param grade its grade
   * @param assignee the member who handles it, if any
   * @param departments the departments that join it
   * @param startLevel the rung it started at
   */
  record CaseFacts(
      String caseId,
      GridCode grid,
      EventCategory category,
      EventSeverity grade,
      Optional<String> assignee,
      ImmutableList<String> departments,
      LadderLevel startLevel) {}

  private final Supplier<GridTree> tree;
  private final NotificationSettings.Contacts contacts;

  Recipients(Supplier<GridTree> tree, NotificationSettings.Contacts contacts) {
    this.tree = tree;
    this.contacts = contacts;
  }

  /** The grid's name and code, for people: {@code 玉林第三微网格（510107011005001001）}. */
  String place(GridCode grid) {
    return tree.get().grid(grid).map(g -> g.name() + "（" + grid + "）").orElse(grid.toString());
  }

  /** The case's grade and area, when its grid's boundary is known. */
  Optional<Notification.Incident> incident(CaseFacts c, String place) {
    return tree.get()
        .grid(c.grid())
        .flatMap(Grid::boundary)
        .map(b -> new Notification.Incident(c.grade(), place, b));
  }

  /**
   * The recipients at {@code level}: at the micro rung the assignee (else the grid's members), at
   * the general rung the general grid's members, above it the office of the community, street or
   * district; a rung with nobody to tell falls to the community's office, so that no notice goes
   * nowhere. With {@code departments}, the case's departments too.
   */
  List<Recipient> at(LadderLevel level, CaseFacts c, boolean departments, LocalDate on) {
    GridTree t = tree.get();
    Map<String, Recipient> out = new LinkedHashMap<>();
    switch (level) {
      case MICRO -> {
        if (c.assignee().isPresent()) {
          add(out, member(t, c.assignee().get()));
        } else {
          membersOf(t, c.grid(), on).forEach(r -> add(out, r));
        }
      }
      case GENERAL -> {
        Optional<GridCode> general = generalOf(t, c.grid());
        general.ifPresent(g -> membersOf(t, g, on).forEach(r -> add(out, r)));
      }
      case COMMUNITY -> add(out, office(c.grid().community()));
      case STREET ->
          c.grid().community().ancestorAt(DivisionLevel.TOWN).ifPresent(d -> add(out, office(d)));
      case DISTRICT ->
          c.grid().community().ancestorAt(DivisionLevel.COUNTY).ifPresent(d -> add(out, office(d)));
    }
    if (out.isEmpty()) {
      add(out, office(c.grid().community()));
    }
    if (departments) {
      for (String d : c.departments()) {
        NotificationSettings.Named named = contacts.departments().get(d);
        add(
            out,
            new Recipient(
                Recipient.Kind.DEPARTMENT,
                d,
                named == null ? d : named.name(),
                named == null ? Contact.NONE : named.contact()));
      }
    }
    return new ArrayList<>(out.values());
  }

  private static void add(Map<String, Recipient> out, Recipient r) {
    out.putIfAbsent(r.key(), r);
  }

  private Recipient member(GridTree t, String id) {
    String name = t.member(id).map(GridMember::name).orElse(id);
    return new Recipient(
        Recipient.Kind.MEMBER, id, name, contacts.members().getOrDefault(id, Contact.NONE));
  }

  private List<Recipient> membersOf(GridTree t, GridCode grid, LocalDate on) {
    List<Recipient> out = new ArrayList<>();
    for (GridMember m : t.members(grid)) {
      if (m.isActiveOn(on)) {
        out.add(member(t, m.id()));
      }
    }
    return out;
  }

  private static Optional<GridCode> generalOf(GridTree t, GridCode grid) {
    Optional<Grid> g = t.grid(grid);
    while (g.isPresent()) {
      if (g.get().level() == GridLevel.GENERAL) {
        return Optional.of(g.get().code());
      }
      g = t.parent(g.get().code());
    }
    return Optional.empty();
  }

  private Recipient office(DivisionCode code) {
    String id = code.toString();
    NotificationSettings.Named named = contacts.offices().get(id);
    return new Recipient(
        Recipient.Kind.OFFICE,
        id,
        named == null ? id : named.name(),
        named == null ? Contact.NONE : named.contact());
  }
}
