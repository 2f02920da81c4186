/**
 * What every read model builds its projection on: the envelope of an event record and the
 * tolerant reading of its payload, the version rule that orders an aggregate's events, the
 * signal that wakes the queries waiting for a consistency token, and the lag every read model
 * reports. Nothing here knows a read model; {@code messaging} reads the envelope from a Kafka
 * record.
 */
package dev.cloudshop.query.projection;
