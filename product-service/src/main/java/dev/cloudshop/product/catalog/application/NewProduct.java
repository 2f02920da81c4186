package dev.cloudshop.product.catalog.application;

import dev.cloudshop.product.catalog.ProductDetails;
import dev.cloudshop.product.catalog.Sku;

/** What it takes to add a product to the catalog. */
public record NewProduct(Sku sku, ProductDetails details, int stock) {
}
