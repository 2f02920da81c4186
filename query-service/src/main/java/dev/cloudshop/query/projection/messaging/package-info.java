/**
 * Reads the envelope of an event record from Kafka: its key and CloudEvents headers.
 */
package dev.cloudshop.query.projection.messaging;
