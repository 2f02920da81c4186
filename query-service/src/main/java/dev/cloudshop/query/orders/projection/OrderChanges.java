package dev.cloudshop.query.orders.projection;

import dev.cloudshop.query.projection.ChangeSignal;

import org.springframework.stereotype.Component;

/** Tells the queries of this instance that the order view changed (a signal of its own, apart from the other read models'). */
@Component
public class OrderChanges extends ChangeSignal {

}
