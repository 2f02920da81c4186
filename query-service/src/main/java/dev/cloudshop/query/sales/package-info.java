/**
 * Sales figures for administrators: orders confirmed, units sold, revenue per currency and
 * orders cancelled over the last 1, 5 and 30 minutes, and the best-selling products, built from
 * {@code order.events}. It keeps the facts as they come (an order's lines from its placing, its
 * confirmation or cancellation time from its end), in whatever order, and sums them over a
 * window when asked. This package holds the events as the figures read them and the shapes of
 * the figures, in plain Java; {@code projection} applies events, {@code application} answers
 * queries, {@code persistence}, {@code messaging} and {@code web} are the edges.
 */
package dev.cloudshop.query.sales;
