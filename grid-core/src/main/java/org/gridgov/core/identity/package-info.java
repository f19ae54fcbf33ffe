/**
 * The resident identity number of GB 11643 (公民身份号码): check character, 15→18 upgrade, masked forms.
 */
@NullMarked
package org.gridgov.core.identity;

import org.jspecify.annotations.NullMarked;
