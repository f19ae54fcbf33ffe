package org.gridgov.core.governance;

/**
 * The governance records a community may supply beside its grid tree. A rule that needs one that is
 * absent is skipped, and the validation report says so.
 */
public enum GovernanceInput {
  /** The patrols file ({@code patrols.csv}, {@code grid validate --patrols}). */
  PATROLS("patrols", "patrols.csv"),
  /** The patrol tracks ({@code patrol-tracks.geojson}, {@code --tracks}). */
  TRACKS("tracks", "patrol-tracks.geojson"),
  /** The duty catalogue ({@code duty-catalogue.json}, {@code --catalogue}). */
  CATALOGUE("catalogue", "duty-catalogue.json"),
  /** The tasks pushed to grids ({@code tasks.csv}, {@code --tasks}). */
  TASKS("tasks", "tasks.csv"),
  /**
   * The appointments to the community's bodies ({@code appointments.csv}, {@code --appointments}).
   */
  APPOINTMENTS("appointments", "appointments.csv");

  private final String option;
  private final String fileName;

  GovernanceInput(String option, String fileName) {
    this.option = option;
    this.fileName = fileName;
  }

  /** The name of the input as the command line's option spells it, without dashes. */
  public String option() {
    return option;
  }

  /** The input's file name in a community's directory. */
  public String fileName() {
    return fileName;
  }
}
