// Load a community, change a policy figure, compare the validation results.
// Run from the repository root, after building the jar once (./grid --version):
//   jshell --class-path grid-cli/target/grid.jar grid-examples/scripts/compare-policies.jsh
import java.io.StringReader;
import java.time.LocalDate;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.rules.policy.GridPolicy;
import org.gridgov.rules.validation.GridValidator;
import org.gridgov.samples.community.BundledSample;

GridTree tree = BundledSample.URBAN.load();
System.out.printf("community: %d grids (%d micro), %d households%n",
    tree.grids().size(), tree.grids(GridLevel.MICRO).size(), tree.households().size());

// The paper's figure: a micro grid serves at most 100 households. A street office that wants 60:
GridPolicy strict = GridPolicy.read(new StringReader(
    "{\"schemaVersion\": 1, \"defaults\": {\"microMaxHouseholds\": 60, \"microAverageMaxHouseholds\": 60}}"),
    "strict.json");
var date = LocalDate.of(2026, 3, 1);
var paper = GridValidator.builder().build().validate(tree, date);
var sixty = GridValidator.builder().policy(strict).build().validate(tree, date);
System.out.println("rule                     paper  at-60");
var rules = new java.util.TreeSet<String>(paper.countsByRule().keySet());
rules.addAll(sixty.countsByRule().keySet());
for (String rule : rules) {
  System.out.printf("%-24s %5d  %5d%n", rule,
      paper.countsByRule().getOrDefault(rule, 0), sixty.countsByRule().getOrDefault(rule, 0));
}
System.out.printf("findings: %d with the paper's figures, %d with 60 households%n",
    paper.findings().size(), sixty.findings().size());
/exit
