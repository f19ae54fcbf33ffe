package org.gridgov.core.governance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The governance records supplied with a grid tree: any of patrols, patrol tracks, duty catalogue,
 * tasks and appointments. An input that was not supplied is absent ({@link #has}), which is not the
 * same as supplied and empty: a rule over an absent input is skipped, a rule over an empty one
 * runs. Immutable; make one with {@link #builder()}, or {@link #none()}.
 */
public final class GovernanceRecords {

  private static final GovernanceRecords NONE = builder().build();

  private final ImmutableSet<GovernanceInput> present;
  private final ImmutableList<Patrol> patrols;
  private final ImmutableList<PatrolTrack> tracks;
  private final Optional<DutyCatalogue> catalogue;
  private final ImmutableList<GridTask> tasks;
  private final ImmutableList<Appointment> appointments;

  private GovernanceRecords(Builder b) {
    this.present = ImmutableSet.copyOf(b.present);
    this.patrols = b.patrols;
    this.tracks = b.tracks;
    this.catalogue = b.catalogue;
    this.tasks = b.tasks;
    this.appointments = b.appointments;
  }

  /** No records at all. */
  public static GovernanceRecords none() {
    return NONE;
  }

  /** Starts a set of records. */
  public static Builder builder() {
    return new Builder();
  }

  /** The inputs supplied. */
  public ImmutableSet<GovernanceInput> present() {
    return present;
  }

  /** Whether an input was supplied (possibly empty). */
  public boolean has(GovernanceInput input) {
    return present.contains(requireNonNull(input, "input"));
  }

  /** The patrols, in file order; empty when none were supplied. */
  public ImmutableList<Patrol> patrols() {
    return patrols;
  }

  /** The patrol tracks, in file order; empty when none were supplied. */
  public ImmutableList<PatrolTrack> tracks() {
    return tracks;
  }

  /** The duty catalogue, if supplied. */
  public Optional<DutyCatalogue> catalogue() {
    return catalogue;
  }

  /** The tasks pushed to grids, in file order; empty when none were supplied. */
  public ImmutableList<GridTask> tasks() {
    return tasks;
  }

  /** The appointments, in file order; empty when none were supplied. */
  public ImmutableList<Appointment> appointments() {
    return appointments;
  }

  @Override
  public String toString() {
    return "GovernanceRecords"
        + present
        + "["
        + patrols.size()
        + " patrols, "
        + tracks.size()
        + " tracks, "
        + tasks.size()
        + " tasks, "
        + appointments.size()
        + " appointments]";
  }

  /** Builds {@link GovernanceRecords}; each input may be set once. */
  public static final class Builder {
    private final Set<GovernanceInput> present = EnumSet.noneOf(GovernanceInput.class);
    private ImmutableList<Patrol> patrols = ImmutableList.of();
    private ImmutableList<PatrolTrack> tracks = ImmutableList.of();
    private Optional<DutyCatalogue> catalogue = Optional.empty();
    private ImmutableList<GridTask> tasks = ImmutableList.of();
    private ImmutableList<Appointment> appointments = ImmutableList.of();

    private Builder() {}

    private void mark(GovernanceInput input) {
      if (!present.add(input)) {
        throw new IllegalStateException("the " + input.option() + " were already set");
      }
    }

    /** Supplies the patrols. */
    public Builder patrols(Collection<Patrol> patrols) {
      mark(GovernanceInput.PATROLS);
      this.patrols = ImmutableList.copyOf(patrols);
      return this;
    }

    /** Supplies the patrol tracks. */
    public Builder tracks(Collection<PatrolTrack> tracks) {
      mark(GovernanceInput.TRACKS);
      this.tracks = ImmutableList.copyOf(tracks);
      return this;
    }

    /** Supplies the duty catalogue. */
    public Builder catalogue(DutyCatalogue catalogue) {
      mark(GovernanceInput.CATALOGUE);
      this.catalogue = Optional.of(requireNonNull(catalogue, "catalogue"));
      return this;
    }

    /** Supplies the tasks pushed to grids. */
    public Builder tasks(Collection<GridTask> tasks) {
      mark(GovernanceInput.TASKS);
      this.tasks = ImmutableList.copyOf(tasks);
      return this;
    }

    /** Supplies the appointments. */
    public Builder appointments(Collection<Appointment> appointments) {
      mark(GovernanceInput.APPOINTMENTS);
      this.appointments = ImmutableList.copyOf(appointments);
      return this;
    }

    /** Builds the records. */
    public GovernanceRecords build() {
      return new GovernanceRecords(this);
    }
  }
}
