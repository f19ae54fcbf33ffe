/**
 * The DingTalk (钉钉) robot notifier ({@code dingtalk}): posts each notification to a custom robot's
 * webhook ({@code POST …/robot/send?access_token=…&timestamp=…&sign=…}, signed with the robot's
 * secret as DingTalk defines it) as text or markdown that mentions the recipient by mobile number,
 * and checks the robot's {@code errcode}. docs/spi.md describes its settings.
 */
@NullMarked
package org.gridgov.plugins.notify.dingtalk;

import org.jspecify.annotations.NullMarked;
