/** The progress callback of long jobs: {@link org.gridgov.core.progress.Progress}. */
@NullMarked
package org.gridgov.core.progress;

import org.jspecify.annotations.NullMarked;
