package dev.cloudshop.query.catalog;

/** Where a rebuild of the catalog stands. */
public enum RebuildState {

	/** Replaying the topics into a new generation while the old one serves. */
	RUNNING,

	/** Replayed and swapped in: the new generation serves. */
	COMPLETED,

	/** Given up (failure or interruption); the old generation still serves. */
	FAILED

}
