package org.gridgov.core.governance;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * One kind of task in the duty catalogue (职责清单): a department's chore, how long it usually takes a
 * member, and whether it is admitted to grids (准入) — a kind that is not needs approval before a
 * department may push it onto grid members.
 *
 * @param department the department's code, lower-case letters, digits and {@code _}
 * @param kind the kind's code within the department, same alphabet
 * @param minutes the minutes one task of this kind usually takes a member, 0–10080
 * @param admitted whether grids may be given it without approval
 */
public record DutyKind(String department, String kind, double minutes, boolean admitted) {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** Checks the entry. */
  public DutyKind {
    checkCode(department, "department");
    checkCode(kind, "task kind");
    checkArgument(
        minutes >= 0 && minutes <= 10_080,
        "minutes of %s/%s must be 0-10080 but was %s",
        department,
        kind,
        minutes);
  }

  /**
   * Checks a department or kind code.
   *
   * @throws IllegalArgumentException saying what the code must look like
   */
  public static String checkCode(String code, String what) {
    checkArgument(
        code != null && CODE.matcher(code).matches(),
        "%s \"%s\" is not a code: lower-case letters, digits and _, starting with a letter, at"
            + " most 64 characters",
        what,
        code);
    return code;
  }
}
