/**
 * Jakarta Validation constraints for field-level rules
 * (@ResidentIdNumber, @DivisionCode, @ChineseMobile, @GridCode), with messages in English and
 * Simplified Chinese.
 */
@NullMarked
package org.gridgov.core.validation;

import org.jspecify.annotations.NullMarked;
