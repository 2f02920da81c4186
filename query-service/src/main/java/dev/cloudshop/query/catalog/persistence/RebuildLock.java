package dev.cloudshop.query.catalog.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * The right to run a catalog rebuild, held by one replica at a time: a PostgreSQL session
 * advisory lock on a connection kept open for the rebuild's duration. When the replica dies,
 * its connection closes and the lock is free again, so a rebuild left RUNNING without a holder
 * was interrupted.
 */
@Component
public class RebuildLock {

	private static final Log logger = LogFactory.getLog(RebuildLock.class);

	/** The lock's key (a constant of the catalog; other users of advisory locks pick others). */
	private static final long KEY = 0x636174616c6f67L;

	private final DataSource dataSource;

	RebuildLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Takes the lock if nobody holds it. */
	public Optional<Held> tryAcquire() {
		Connection connection = null;
		try {
			connection = this.dataSource.getConnection();
			connection.setAutoCommit(true);
			if (query(connection, "select pg_try_advisory_lock(?)")) {
				return Optional.of(new Held(connection));
			}
			connection.close();
			return Optional.empty();
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw new DataAccessResourceFailureException("Could not take the catalog rebuild lock", ex);
		}
	}

	private static boolean query(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, KEY);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				logger.debug("Closing a connection failed", ex);
			}
		}
	}

	/** The lock, held until released. */
	public static final class Held implements AutoCloseable {

		private final Connection connection;

		private Held(Connection connection) {
			this.connection = connection;
		}

		/**
		 * Releases the lock. Should that fail, the connection is aborted instead of going back
		 * to the pool with the lock still held.
		 */
		@Override
		public void close() {
			try {
				query(this.connection, "select pg_advisory_unlock(?)");
				this.connection.close();
			}
			catch (SQLException ex) {
				logger.warn("Releasing the catalog rebuild lock failed; dropping its connection", ex);
				try {
					this.connection.abort(Runnable::run);
				}
				catch (SQLException abortFailed) {
					logger.debug("Aborting the connection failed", abortFailed);
				}
			}
		}

	}

}
