package dev.cloudshop.query.catalog.projection;

/** A rebuild was asked for while one is running (on this replica or another). */
public class RebuildRunningException extends RuntimeException {

	RebuildRunningException() {
		super("A rebuild of the catalog is running; wait for it to finish");
	}

}
