package dev.cloudshop.order.saga.application;

import java.util.List;

import dev.cloudshop.order.order.Order;
import dev.cloudshop.order.saga.SagaCommand;

/**
 * Where the saga's output goes: the order's recorded events (order.events) and the commands
 * for the participants (product.commands, payment.commands), stored in the caller's
 * transaction and published after commit.
 */
public interface OrderOutbox {

	/** Appends the events the order recorded since the last call, then the commands. Needs a transaction. */
	void append(Order order, List<SagaCommand> commands);

}
