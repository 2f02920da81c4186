/**
 * A customer's orders as the customer's screens show them: the lines, the status with its
 * timeline and the payment, built from {@code order.events} and {@code payment.events}. This
 * package holds the events as the view reads them, the rules that merge them (an order's events
 * in version order; a payment by its state, whatever order its events come in) and the shapes of
 * the view, in plain Java; {@code projection} applies events, {@code application} answers
 * queries, {@code persistence}, {@code messaging} and {@code web} are the edges.
 */
package dev.cloudshop.query.orders;
