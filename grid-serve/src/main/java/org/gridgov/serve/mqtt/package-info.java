/**
 * Device payloads over MQTT, the usual transport of IoT devices: {@link
 * org.gridgov.serve.mqtt.MqttDeviceSubscriber} subscribes to a topic filter on a broker with the
 * Eclipse Paho client (MQTT 3.1.1, QoS 1, automatic reconnect) and hands each message to the
 * library's {@link org.gridgov.events.device.DeviceIntake}; {@link
 * org.gridgov.serve.mqtt.MqttSettings} says where and how. docs/serve.md is the guide.
 */
@NullMarked
package org.gridgov.serve.mqtt;

import org.jspecify.annotations.NullMarked;
