/**
 * The WeCom (企业微信) group robot notifier ({@code wecom}): posts each notification to a group robot's
 * webhook ({@code POST …/cgi-bin/webhook/send?key=KEY}) as a text message that mentions the
 * recipient by mobile number, or as markdown, and checks the robot's {@code errcode}. docs/spi.md
 * describes its settings.
 */
@NullMarked
package org.gridgov.plugins.notify.wecom;

import org.jspecify.annotations.NullMarked;
