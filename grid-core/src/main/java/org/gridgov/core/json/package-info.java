/**
 * Jackson support: {@link org.gridgov.core.json.GridModule} (found by {@code
 * ObjectMapper.findAndRegisterModules()}) and the versioned JSON document of a whole grid tree.
 */
@NullMarked
package org.gridgov.core.json;

import org.jspecify.annotations.NullMarked;
