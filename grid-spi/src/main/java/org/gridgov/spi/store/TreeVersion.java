package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.time.LocalDate;
import org.gridgov.core.division.DivisionCode;

/**
 * One saved version of a grid tree: the tree as it stood from a date on, until a later version of
 * the same communities takes over.
 *
 * @param number the version's number, increasing in the order saved, from 1, store-wide
 * @param communities the communities the tree covers
 * @param effectiveFrom the first day the tree holds
 * @param savedAt when it was saved
 * @param note why it was saved, in words (a re-division, a redrawn boundary, an import)
 * @param grids how many grids it holds
 * @param households how many households
 * @param members how many grid members
 * @param partyOrganizations how many party organisations
 */
public record TreeVersion(
    long number,
    ImmutableSortedSet<DivisionCode> communities,
    LocalDate effectiveFrom,
    Instant savedAt,
    String note,
    int grids,
    int households,
    int members,
    int partyOrganizations) {

  /** Validates the parts. */
  public TreeVersion {
    if (number < 1) {
      throw new IllegalArgumentException("a version number starts at 1: " + number);
    }
    requireNonNull(communities, "communities");
    requireNonNull(effectiveFrom, "effectiveFrom");
    requireNonNull(savedAt, "savedAt");
    requireNonNull(note, "note");
  }
}
