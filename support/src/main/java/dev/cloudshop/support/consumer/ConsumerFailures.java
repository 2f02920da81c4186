package dev.cloudshop.support.consumer;

import java.sql.SQLTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells failures that go away by themselves from those that never will. */
final class ConsumerFailures {

	private ConsumerFailures() {
	}

	/**
	 * A dependency briefly unavailable or a lock conflict: the database down or restarting, a
	 * deadlock or serialization failure, Kafka unreachable. Retrying is the cure.
	 */
	static boolean isTransient(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof PessimisticLockingFailureException
					|| cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientException
					|| cause instanceof org.apache.kafka.common.errors.RetriableException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
