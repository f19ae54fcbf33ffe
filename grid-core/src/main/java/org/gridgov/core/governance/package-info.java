/**
 * The governance records the founding paper asks for beside the grid tree: patrols (上格制度) and their
 * tracks, the duty catalogue and the tasks departments push to grids (职责清单、准入制度), and the
 * appointments of people to the community's bodies (双向进入、交叉任职). {@link
 * org.gridgov.core.governance.GovernanceRecords} holds whichever of them a community supplies.
 */
@NullMarked
package org.gridgov.core.governance;

import org.jspecify.annotations.NullMarked;
