package dev.cloudshop.query.catalog.projection;

import dev.cloudshop.query.projection.ChangeSignal;

import org.springframework.stereotype.Component;

/** Tells the queries of this instance that the catalog changed (a signal of its own, apart from the other read models'). */
@Component
public class CatalogChanges extends ChangeSignal {

}
