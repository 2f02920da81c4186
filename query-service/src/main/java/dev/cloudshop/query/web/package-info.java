/**
 * The HTTP pieces every read model's API shares: query parameters read and checked, and the
 * Problem Details every failure is answered with. Each feature's controllers and advice build
 * on them; nothing here knows a read model.
 */
package dev.cloudshop.query.web;
