/**
 * The catalog view: products as a shop's screens show them (price, stock, rating, latest
 * reviews), built from {@code product.events} and {@code review.events}. This package holds the
 * events as the catalog reads them, the ordering rules and the shapes of the view, in plain
 * Java; {@code projection} applies events, {@code application} answers queries,
 * {@code persistence}, {@code messaging} and {@code web} are the edges.
 */
package dev.cloudshop.query.catalog;
