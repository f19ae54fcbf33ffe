package org.gridgov.rules.validation.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.governance.CrossAppointmentRates;
import org.gridgov.core.governance.GovernanceInput;
import org.gridgov.core.grid.Grid;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;

/**
 * {@code party.cross_appointment}: a community whose cross-appointment rate (双向进入、交叉任职, see {@link
 * CrossAppointmentRates}) is below the policy's {@code crossAppointmentTarget} in either direction.
 * INFO, at most two per community: subject {@code party_committee} for the share of the party
 * committee on other bodies, {@code other_bodies} for the share of the residents' committee,
 * property companies and owners' committees on the party committee; the value is the share (0–1,
 * three decimals), the limit the target. A direction with nobody in it is not reported. Needs the
 * appointments.
 */
public final class CrossAppointmentRule implements GridRule {

  /** The rule id. */
  public static final String ID = "party.cross_appointment";

  /** Makes the rule. */
  public CrossAppointmentRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<GovernanceInput> inputs() {
    return Set.of(GovernanceInput.APPOINTMENTS);
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    for (CrossAppointmentRates r :
        CrossAppointmentRates.of(context.tree(), context.records().appointments())) {
      Optional<Grid> community = context.tree().grid(r.community());
      if (community.isEmpty()) {
        continue;
      }
      double target = context.values(community.get()).crossAppointmentTarget();
      Optional<Double> party = r.partyRate();
      if (party.isPresent() && party.get() < target) {
        findings.accept(
            finding(context, r, "party_committee", party.get(), target)
                .message(
                    String.format(
                        Locale.ROOT,
                        "%d of the %d party committee members (%.0f %%) also sit on the residents'"
                            + " committee, a property company, an owners' committee or the grid"
                            + " staff; target %.0f %%",
                        r.partyCrossAppointed(),
                        r.partyCommittee(),
                        party.get() * 100,
                        target * 100),
                    String.format(
                        Locale.ROOT,
                        "社区党组织委员%d人中%d人（%.0f%%）交叉任职，低于目标%.0f%%",
                        r.partyCommittee(),
                        r.partyCrossAppointed(),
                        party.get() * 100,
                        target * 100)));
      }
      Optional<Double> other = r.otherRate();
      if (other.isPresent() && other.get() < target) {
        findings.accept(
            finding(context, r, "other_bodies", other.get(), target)
                .message(
                    String.format(
                        Locale.ROOT,
                        "%d of the %d people on the residents' committee, property companies and"
                            + " owners' committees (%.0f %%) also sit on the party committee;"
                            + " target %.0f %%",
                        r.otherOnPartyCommittee(),
                        r.otherBodies(),
                        other.get() * 100,
                        target * 100),
                    String.format(
                        Locale.ROOT,
                        "居委会、物业、业委会成员%d人中%d人（%.0f%%）进入社区党组织委员会，低于目标%.0f%%",
                        r.otherBodies(),
                        r.otherOnPartyCommittee(),
                        other.get() * 100,
                        target * 100)));
      }
    }
  }

  private static RuleContext.FindingBuilder finding(
      RuleContext context, CrossAppointmentRates r, String subject, double share, double target) {
    return context
        .finding(ID, Severity.INFO)
        .grid(r.community())
        .subject(subject)
        .value(Math.round(share * 1000) / 1000.0)
        .limit(target);
  }
}
