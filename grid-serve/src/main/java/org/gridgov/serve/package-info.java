/**
 * The community service behind {@code grid serve}: it wires the library and the plugins found on
 * the class path for one community or district. docs/serve.md is the guide.
 */
@NullMarked
package org.gridgov.serve;

import org.jspecify.annotations.NullMarked;
