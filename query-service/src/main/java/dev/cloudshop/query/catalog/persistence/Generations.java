package dev.cloudshop.query.catalog.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalog's generations: the ACTIVE one serves queries, a BUILDING one is filled by a
 * rebuild, RETIRED and ABANDONED ones are history (their rows deleted). Run in the caller's
 * transaction.
 */
@Component
public class Generations {

	private final JdbcClient jdbc;

	Generations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds the generation after the newest one, BUILDING.
	 * @throws org.springframework.dao.DuplicateKeyException if one is being built already
	 */
	public long startBuilding() {
		return this.jdbc.sql("""
				insert into catalog_generation (generation, state)
				select coalesce(max(generation), 0) + 1, 'BUILDING' from catalog_generation
				returning generation""")
			.query(Long.class)
			.single();
	}

	public List<Long> building() {
		return this.jdbc.sql("select generation from catalog_generation where state = 'BUILDING' order by generation")
			.query(Long.class)
			.list();
	}

	/**
	 * Makes the generation being built the active one and retires the one that was active.
	 * Waits for the transactions applying events to either of them.
	 * @return the generation retired, if there was one
	 * @throws IllegalStateException if the generation is no longer being built
	 */
	public Optional<Long> activate(long building) {
		Optional<Long> retired = this.jdbc.sql("""
				update catalog_generation set state = 'RETIRED', ended_at = now()
				where state = 'ACTIVE' returning generation""")
			.query(Long.class)
			.optional();
		int activated = this.jdbc.sql("""
				update catalog_generation set state = 'ACTIVE', activated_at = now()
				where generation = :generation and state = 'BUILDING'""")
			.param("generation", building)
			.update();
		if (activated != 1) {
			throw new IllegalStateException("Generation " + building + " is no longer being built");
		}
		return retired;
	}

	/** Gives up a generation being built; the active one stays. */
	public void abandon(long generation) {
		this.jdbc.sql("""
				update catalog_generation set state = 'ABANDONED', ended_at = now()
				where generation = :generation and state = 'BUILDING'""")
			.param("generation", generation)
			.update();
	}

	/** Deletes every row of a generation that no longer serves nor is built. */
	public void deleteRows(long generation) {
		for (String table : List.of("catalog_product", "catalog_review", "catalog_parked_event", "catalog_aggregate")) {
			this.jdbc.sql("delete from " + table + " where generation = :generation")
				.param("generation", generation)
				.update();
		}
	}

}
